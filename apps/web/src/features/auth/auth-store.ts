import type { Account, SignInBody, SignUpBody } from '@hiwar/protocol';
import { create } from 'zustand';
import { api } from '../../lib/api';

/** Sign-up finished without a session: the address has an account already and the password was not its. */
export class SignUpNotSignedIn extends Error {}

interface AuthState {
  /** 'unknown' until the first /api/auth/me answer; the header and guards wait for it. */
  status: 'unknown' | 'loading' | 'ready';
  account: Account | null;
  load: () => Promise<void>;
  signIn: (body: SignInBody) => Promise<void>;
  signUp: (body: SignUpBody) => Promise<void>;
  signOut: () => Promise<void>;
}

/** The signed-in facilitator account, shared by the header, the guards and the auth pages. */
export const useAuthStore = create<AuthState>((set, get) => ({
  status: 'unknown',
  account: null,
  async load() {
    if (get().status === 'loading') return;
    set({ status: 'loading' });
    try {
      set({ account: await api.me(), status: 'ready' });
    } catch {
      // No server answer means no session we can use; the guard sends people to sign in.
      set({ account: null, status: 'ready' });
    }
  },
  async signIn(body) {
    const { account } = await api.signIn(body);
    set({ account, status: 'ready' });
  },
  async signUp(body) {
    await api.signUp(body);
    // Sign-up answers alike whether or not the address was free (so it reveals no accounts); only the
    // session it gave says whether it signed anyone in.
    const account = await api.me();
    set({ account, status: 'ready' });
    if (!account) throw new SignUpNotSignedIn();
  },
  async signOut() {
    try {
      await api.signOut();
    } finally {
      set({ account: null, status: 'ready' });
    }
  },
}));
