import { agendaItemInputSchema } from '@hiwar/protocol';
import { loadConfig } from '../config.js';
import { newId } from '../lib/ids.js';
import { hashPassword } from '../lib/password.js';
import { MeetingService } from '../modules/meetings/meeting-service.js';
import { EventHub } from '../realtime/hub.js';
import { SqliteStore } from '../store/sqlite-store.js';
import { DEMO_ACCOUNT, demoMeeting } from './demo-meeting.js';

/** Applies migrations, creates the demo facilitator and meeting if missing, and prints how to open them. */
async function seed() {
  const config = loadConfig();
  const store = new SqliteStore(config.databaseFile);
  let account = await store.findAccountByEmail(DEMO_ACCOUNT.email);
  if (!account) {
    account = {
      id: newId(),
      email: DEMO_ACCOUNT.email,
      name: DEMO_ACCOUNT.name,
      passwordHash: await hashPassword(DEMO_ACCOUNT.password),
    };
    await store.createAccount(account, Date.now());
  }
  const demo = demoMeeting();
  let meeting = (await store.listMeetingsForAccount(account.id)).find((m) => m.title === demo.details.title);
  if (!meeting) {
    const service = new MeetingService(store, new EventHub());
    const created = await service.createMeeting(
      account,
      demo.details,
      agendaItemInputSchema.array().parse(demo.agenda),
      demo.balanceCategories,
    );
    meeting = { ...created, role: 'facilitator' };
    const owner = await store.findMemberForAccount(created.id, account.id);
    if (owner)
      await service.runCommand(owner, { type: 'theme:add', commandId: 'demo-themes-0001', themes: demo.themes });
  }
  await store.close();
  const url = config.publicUrl;
  console.log(
    [
      '',
      `  Hiwar demo ready (database: ${config.databaseFile})`,
      `  Sign in:      ${url}/sign-in`,
      `    e-mail:     ${DEMO_ACCOUNT.email}`,
      `    password:   ${DEMO_ACCOUNT.password}`,
      `  Demo meeting: ${url}/meetings/${meeting.id}/live`,
      `  Join link:    ${url}/join/${meeting.joinCode}   (join code ${meeting.joinCode})`,
      '',
    ].join('\n'),
  );
}

await seed();
