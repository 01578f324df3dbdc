import { HiwarHttp } from '@hiwar/client';

/** The one HTTP client of the app; '' means this page's origin (the Vite proxy in development). */
export const api = new HiwarHttp({ baseUrl: '' });

/** A client that speaks for someone who joined by link: their member token instead of a session. */
export function memberApi(memberToken: string): HiwarHttp {
  return new HiwarHttp({ baseUrl: '', memberToken });
}
