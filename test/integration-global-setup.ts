// Integration tests run against the fresh database that scripts/test.ts created and migrated.
// Refuse anything else: these tests write and delete rows.
export default function setup() {
  const url = process.env.TEST_DATABASE_URL;
  if (!url) {
    throw new Error(
      "Integration tests need TEST_DATABASE_URL: run them through `npm test` " +
        "(or `npm test -- --integration`).",
    );
  }
  const name = new URL(url).pathname.slice(1);
  if (!name.startsWith("study_test_"))
    throw new Error(`Refusing to run integration tests against database "${name}".`);
}
