/** 30 provisioned users (two pages of 25); the first is an admin, five are disabled. */
const NAMES = [
  'Ada Lovelace',
  'Alan Turing',
  'Barbara Liskov',
  'Claude Shannon',
  'Dennis Ritchie',
  'Donald Knuth',
  'Edsger Dijkstra',
  'Frances Allen',
  'Grace Hopper',
  'Hedy Lamarr',
  'Ivan Sutherland',
  'John Backus',
  'Ken Thompson',
  'Leslie Lamport',
  'Margaret Hamilton',
  'Niklaus Wirth',
  'Olga Taussky',
  'Peter Naur',
  'Radia Perlman',
  'Shafi Goldwasser',
  'Tim Berners-Lee',
  'Ursula Martin',
  'Vint Cerf',
  'Whitfield Diffie',
  'Xavier Leroy',
  'Yukihiro Matsumoto',
  'Zhores Alferov',
  'Adele Goldberg',
  'Bjarne Stroustrup',
  'Carla Schroer',
];

export const SCIM_DOMAIN = 'directory.example';

/** The SCIM `id` of the provider's "Admins" group, whose members the `groups` mapping makes admins. */
export const ADMIN_GROUP_ID = 'grp_admins';

export function seedUsers(): Record<string, unknown>[] {
  return NAMES.map((name, i) => {
    const email = `${name.toLowerCase().replace(/[^a-z]+/g, '.')}@${SCIM_DOMAIN}`;
    return {
      schemas: ['urn:ietf:params:scim:schemas:core:2.0:User'],
      userName: email,
      name: {
        formatted: name,
        givenName: name.split(' ')[0],
        familyName: name.split(' ').slice(1).join(' '),
      },
      displayName: name,
      emails: [{ value: email, type: 'work', primary: true }],
      active: i % 6 !== 5,
      roles: [{ value: i === 0 ? 'admin' : 'user', primary: true }],
      entitlements: i % 3 === 0 ? [{ value: 'perm_billing' }] : [],
    };
  });
}
