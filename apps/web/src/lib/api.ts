import { HiwarHttp } from '@hiwar/client';

/** The one HTTP client of the app; '' means this page's origin (the Vite proxy in development). */
export const api = new HiwarHttp({ baseUrl: '' });
