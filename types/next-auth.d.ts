import type { DefaultSession } from "next-auth";

type Role = "LEARNER" | "INSTRUCTOR";

declare module "next-auth" {
  interface Session {
    user: DefaultSession["user"] & { id: string; role: Role };
  }
}

declare module "next-auth/jwt" {
  interface JWT {
    uid?: string;
    role?: Role;
    /** The user's session version when this session began (lib/server/auth/session-version). */
    sv?: number;
  }
}
