import { activeSessions } from "@/lib/auth/sessions";
import { currentSessionId } from "@/lib/auth/session-token";
import { deviceName } from "@/lib/settings/device-name";
import { SignOutEverywhereForm } from "./sign-out-everywhere-form";

const when = (at: Date) =>
  at.toLocaleString("en-GB", { dateStyle: "medium", timeStyle: "short", timeZone: "UTC" }) + " UTC";

/** Where the user is signed in, and "Sign out everywhere". */
export async function SessionsSection({ userId }: { userId: string }) {
  const [sessions, current] = await Promise.all([activeSessions(userId), currentSessionId()]);
  return (
    <section aria-labelledby="sessions-heading" className="card flex flex-col gap-4">
      <h2 id="sessions-heading" className="text-xl font-semibold">
        Where you are signed in
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full text-left text-sm">
          <thead className="text-muted">
            <tr>
              <th scope="col" className="py-1 pr-4 font-medium">
                Device
              </th>
              <th scope="col" className="py-1 pr-4 font-medium">
                Signed in
              </th>
              <th scope="col" className="py-1 font-medium">
                Last active
              </th>
            </tr>
          </thead>
          <tbody>
            {sessions.map((s) => (
              <tr key={s.id} className="border-t border-border">
                <td className="py-2 pr-4">
                  {deviceName(s.userAgent)}
                  {s.id === current && <span className="ml-2 font-medium">(this browser)</span>}
                </td>
                <td className="py-2 pr-4">{when(s.createdAt)}</td>
                <td className="py-2">{when(s.lastSeenAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="text-sm text-muted">
        Lost a device, or signed in somewhere you should not have? End every session, this one included.
      </p>
      <SignOutEverywhereForm />
    </section>
  );
}
