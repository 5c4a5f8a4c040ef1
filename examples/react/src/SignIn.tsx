import { useState, type FormEvent } from 'react';
import { signIn, withoutServer, type Connection } from '../../shared/connect.js';

/** The reference server's demo sign-in, or the memory client when no server runs. */
export function SignIn({ onConnected }: { onConnected: (connection: Connection) => void }) {
  const [error, setError] = useState('');
  const connect = (attempt: Promise<Connection>) =>
    attempt.then(onConnected, (e: unknown) => setError(e instanceof Error ? e.message : String(e)));
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    connect(signIn(String(form.get('login')), String(form.get('password'))));
  };
  return (
    <main>
      <h1>tenantkit in React</h1>
      <form onSubmit={submit}>
        <label>
          E-mail or login
          <input name="login" autoComplete="username" defaultValue="admin@northwind.example" required />
        </label>
        <label>
          Password
          <input
            name="password"
            type="password"
            autoComplete="current-password"
            defaultValue="tenantkit-demo"
            required
          />
        </label>
        <div className="actions">
          <button type="submit">Sign in</button>
          <button type="button" onClick={() => connect(withoutServer())}>
            Without a server
          </button>
        </div>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </main>
  );
}
