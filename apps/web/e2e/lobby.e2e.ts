import path from 'node:path';
import { HiwarHttp } from '@hiwar/client';
import { describe, expect, it } from 'vitest';
import { hiwarForTests, newPerson, SCREENSHOTS } from './harness.js';

const e2e = hiwarForTests();

describe('the lobby and the account page in Chromium', () => {
  it('keeps a newcomer waiting until the facilitator admits them, locks the meeting, and signs out everywhere', async () => {
    const api = new HiwarHttp({ baseUrl: e2e.hiwar.url });
    await api.signUp({ email: 'lobby@example.org', password: 'a passphrase for the lobby', name: 'Rania Aziz' });
    const meeting = await api.createMeeting(
      {
        title: 'Water and peace in the Jordan valley',
        hostOrganisation: 'Valley Dialogue Forum',
        startsAt: '2027-05-12T10:00',
        timeZone: 'Asia/Amman',
        format: 'online',
        contentLanguage: 'en',
      },
      [{ title: 'Open discussion', kind: 'discussion', plannedMinutes: 30, confidentiality: 'chatham-house' }],
    );
    const staff = await newPerson(e2e.browser);
    const [name, value] = (api.sessionCookie ?? '').split('=');
    await staff.addCookies([
      { name: name ?? '', value: value ?? '', url: e2e.hiwar.url, httpOnly: true, sameSite: 'Lax' },
    ]);
    const console_ = await staff.newPage();
    console_.on('dialog', (dialog) => void dialog.accept());
    await console_.goto(`${e2e.hiwar.url}/meetings/${meeting.id}/live`);
    // The waiting room is in the console's People tab.
    await console_.getByRole('tab', { name: /^People/ }).click();
    // The box follows the server: it shows ticked once the meeting's lobby has changed.
    const waitingRoom = console_.getByRole('checkbox', { name: 'Waiting room' });
    await waitingRoom.click();
    await expect.poll(() => waitingRoom.isChecked()).toBe(true);

    // A newcomer joins and waits, seeing nothing of the meeting.
    const guest = await newPerson(e2e.browser, { phone: true });
    const phone = await guest.newPage();
    await phone.goto(`${e2e.hiwar.url}/join/${meeting.joinCode}`);
    await phone.getByText('This meeting has a waiting room').waitFor();
    await phone.getByLabel('Your name in the meeting').fill('Samira');
    await phone.getByRole('button', { name: 'Join the meeting' }).click();
    await phone.getByRole('heading', { name: 'You are in the waiting room' }).waitFor();
    expect(await phone.getByText('Open discussion').count()).toBe(0);
    await phone.screenshot({ path: path.join(SCREENSHOTS, 'lobby-waiting.png'), fullPage: true });

    // The facilitator admits her: the meeting appears on her phone without a reload.
    await console_.getByRole('heading', { name: 'Waiting (1)' }).waitFor();
    await console_.screenshot({ path: path.join(SCREENSHOTS, 'lobby-console.png'), fullPage: true });
    await console_.getByRole('button', { name: /^Admit\W+Samira/ }).click();
    await phone.getByText('You are in this meeting as').waitFor();
    await console_.getByText('Nobody is waiting.').waitFor();

    // Locked: the join page says so and offers no form.
    const lock = console_.getByRole('checkbox', { name: 'Lock the meeting' });
    await lock.click();
    await expect.poll(() => lock.isChecked()).toBe(true);
    const late = await (await newPerson(e2e.browser)).newPage();
    await late.goto(`${e2e.hiwar.url}/join/${meeting.joinCode}`);
    await late.getByText('This meeting is locked').waitFor();
    expect(await late.getByRole('button', { name: 'Join the meeting' }).count()).toBe(0);

    // The account page, from the header: the sessions, then "sign out everywhere".
    await console_.getByRole('link', { name: /Your account/ }).click();
    await console_.getByRole('heading', { name: 'Where you are signed in' }).waitFor();
    await console_.getByText('This browser').waitFor();
    await console_.getByRole('button', { name: 'Sign out everywhere' }).click();
    await console_.waitForURL(/\/sign-in/);
    expect(await api.me()).toBeNull();
  });
});
