import { HiwarHttp, MeetingConnection } from '@hiwar/client';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { startServer, type TestServer } from '../test/harness.js';

let server: TestServer;
beforeAll(async () => {
  server = await startServer();
});
afterAll(async () => {
  await server.stop();
});

// The flow the client package's README shows, run against a real server.
it('runs the typed client example: create, join two participants, advance', async () => {
  const baseUrl = server.baseUrl;
  const facilitator = new HiwarHttp({ baseUrl });
  await facilitator.signUp({ email: 'rania@example.org', password: 'a long passphrase', name: 'Rania' });
  const meeting = await facilitator.createMeeting(
    {
      title: 'Coastal cities and climate migration',
      hostOrganisation: 'Example Dialogue Centre',
      startsAt: '2027-02-10T14:00',
      timeZone: 'Africa/Cairo',
      format: 'online',
      contentLanguage: 'en',
    },
    [
      { title: 'Opening', kind: 'opening', plannedMinutes: 5, confidentiality: 'on-record' },
      { title: 'Discussion', kind: 'discussion', plannedMinutes: 40, confidentiality: 'chatham-house' },
    ],
  );
  const people = await Promise.all(
    ['Sami', 'Noor'].map(async (displayName) => {
      const http = new HiwarHttp({ baseUrl });
      const { memberToken } = await http.join(meeting.joinCode, { displayName });
      const live = new MeetingConnection({ baseUrl, meetingId: meeting.id, memberToken });
      await live.ready();
      return live;
    }),
  );
  const facilitatorLive = new MeetingConnection({
    baseUrl,
    meetingId: meeting.id,
    sessionCookie: facilitator.sessionCookie,
  });
  await facilitatorLive.ready();
  await facilitatorLive.send({ type: 'meeting:start' });
  await facilitatorLive.send({ type: 'agenda:next' });
  const seen = [];
  for (const live of people) {
    const { view } = await live.waitFor(
      (s) => s.view?.meeting.currentItemId === facilitatorLive.state.view?.agenda[1]?.id,
    );
    seen.push([view?.self.displayName, view?.agenda.find((i) => i.id === view.meeting.currentItemId)?.title]);
    live.close();
  }
  facilitatorLive.close();
  expect(seen).toEqual([
    ['Sami', 'Discussion'],
    ['Noor', 'Discussion'],
  ]);
});
