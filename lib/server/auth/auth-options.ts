import "server-only";
import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import GitHubProvider from "next-auth/providers/github";
import GoogleProvider from "next-auth/providers/google";
import { safeCallbackUrl } from "@/lib/domain/auth/safe-callback-url";
import { tooManyAttemptsCode } from "@/lib/domain/auth/wait-message";
import { env, usesSecureCookies, type Env } from "@/lib/env";
import { clientAddressOf } from "@/lib/server/http/client-address";
import { logger } from "@/lib/server/log";
import { recordFailedSignIn, recordSuccessfulSignIn, signInWait } from "./rate-limits";
import { checkSessionToken, sessionClaims, SessionRevokedError } from "./session-version";
import { upsertOAuthUser } from "./upsert-oauth-user";
import { verifyCredentials } from "./verify-credentials";

/** External providers switch on only when both of their env vars are present. */
export function getOAuthProviders(config: Env = env) {
  const providers = [];
  if (config.GITHUB_ID && config.GITHUB_SECRET) {
    providers.push(
      GitHubProvider({ clientId: config.GITHUB_ID, clientSecret: config.GITHUB_SECRET }),
    );
  }
  if (config.GOOGLE_CLIENT_ID && config.GOOGLE_CLIENT_SECRET) {
    providers.push(
      GoogleProvider({
        clientId: config.GOOGLE_CLIENT_ID,
        clientSecret: config.GOOGLE_CLIENT_SECRET,
      }),
    );
  }
  return providers;
}

export const authOptions: NextAuthOptions = {
  session: { strategy: "jwt", maxAge: 30 * 24 * 60 * 60 },
  useSecureCookies: usesSecureCookies(),
  pages: { signIn: "/signin", error: "/signin" },
  providers: [
    CredentialsProvider({
      name: "Email and password",
      credentials: {
        email: { label: "Email", type: "email" },
        password: { label: "Password", type: "password" },
      },
      async authorize(credentials, req) {
        const email = typeof credentials?.email === "string" ? credentials.email : "";
        const address = clientAddressOf(req?.headers);
        // Checked again here: the route's own check (sign-in-limit.ts) may race a parallel guess.
        const wait = await signInWait(email, address);
        if (wait > 0) throw new Error(tooManyAttemptsCode(wait));
        const user = await verifyCredentials(credentials);
        if (!user) {
          await recordFailedSignIn(email, address);
          return null;
        }
        await recordSuccessfulSignIn(email, address);
        return user;
      },
    }),
    ...getOAuthProviders(),
  ],
  callbacks: {
    // next-auth's own redirects (after OAuth, sign-out, its callback-url cookie) go through the
    // same check as the sign-in page: only a path on this site, as the URL parser reads it.
    async redirect({ url, baseUrl }) {
      const base = new URL(baseUrl);
      let target: URL;
      try {
        target = new URL(url, base);
      } catch {
        return baseUrl;
      }
      if (target.origin !== base.origin) return baseUrl;
      const path = url.startsWith("/") ? url : `${target.pathname}${target.search}${target.hash}`;
      return new URL(safeCallbackUrl(path, "/", { authPages: true }), base).toString();
    },
    async signIn({ account, user }) {
      if (!account || account.provider === "credentials") return true;
      const email = user.email?.trim().toLowerCase();
      if (!email) return false;
      const dbUser = await upsertOAuthUser(
        account.provider,
        account.providerAccountId,
        email,
        user.name ?? email,
      );
      if (!dbUser) return "/signin?error=OAuthAccountNotLinked";
      user.id = dbUser.id;
      return true;
    },
    async jwt({ token, user }) {
      // Only at sign-in is `user` present; its id comes from our database, never the client.
      if (user) {
        const claims = await sessionClaims(user.id);
        if (!claims) throw new SessionRevokedError();
        return { ...token, ...claims };
      }
      // Every later read: a revoked session throws, and next-auth then answers "no session"
      // and clears the cookie.
      return checkSessionToken(token);
    },
    async session({ session, token }) {
      if (session.user && token.uid) {
        session.user.id = token.uid;
        session.user.role = token.role ?? "LEARNER";
      }
      return session;
    },
  },
  secret: env.NEXTAUTH_SECRET,
  logger: {
    // A revoked session is expected, not a fault: keep it out of the error log.
    error(code, metadata) {
      const cause = metadata instanceof Error ? metadata : (metadata as { error?: unknown }).error;
      if (cause instanceof SessionRevokedError) logger.info({ code }, "revoked session refused");
      else logger.error({ code, err: cause ?? metadata }, "next-auth error");
    },
    warn(code) {
      logger.warn({ code }, "next-auth warning");
    },
    debug() {},
  },
};
