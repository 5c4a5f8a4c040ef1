import { useState } from 'react';
import type {} from 'tenantkit/jsx';
import { AccessRightsTable, Provider, UserManager } from 'tenantkit/react';
import { type Connection } from '../../shared/connect.js';
import { SignIn } from './SignIn.js';

/** Signs in, then shows the account's users and access rights through the tenantkit/react wrappers. */
export function App() {
  const [connection, setConnection] = useState<Connection>();
  const [log, setLog] = useState('');

  if (!connection) return <SignIn onConnected={setConnection} />;
  const { client, me } = connection;
  return (
    <>
      <header>
        <h1>tenantkit in React</h1>
        <span>
          {me.user.name} · {me.account.name}
        </span>
      </header>
      <main>
        <Provider client={client} accountId={me.account.id}>
          <section>
            <h2>Users</h2>
            <UserManager
              pageSize={10}
              onUserCreated={(event) => setLog(`Created ${event.detail.user.name}`)}
              onUserUpdated={(event) => setLog(`Saved ${event.detail.user.name}`)}
              onUserDelete={(event) => {
                if (!confirm(`Delete ${event.detail.user.name}?`)) event.preventDefault();
              }}
            />
          </section>
          <section>
            <h2>Access rights</h2>
            <AccessRightsTable
              view="table"
              onAccessRightCreated={(event) => setLog(`Granted ${event.detail.right.productName}`)}
              onSortChange={(event) => setLog(`Sorted by ${event.detail.sort?.field ?? 'default order'}`)}
            />
          </section>
          <tk-help-popup placement="bottom-end" ontk-help-open={() => setLog('Help opened')} />
        </Provider>
        <p className="log" role="status">
          {log}
        </p>
      </main>
    </>
  );
}
