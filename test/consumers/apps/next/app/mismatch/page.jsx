// Self-check of the test's console watch: this page hydrates with a mismatch on
// purpose (the server and the browser render different text), so the test can
// prove that it sees a hydration error when there is one.
import { Differs } from './differs';

export const dynamic = 'force-dynamic';

export default function Page() {
  return (
    <main>
      <Differs />
    </main>
  );
}
