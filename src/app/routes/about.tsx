import { useId } from 'react';
import { DocumentTitle } from '../../components/ui/document-title';
import { GenerateThread } from '../../features/about/components/generate-thread';
import { ResetDemo } from '../../features/about/components/reset-demo';
import { StorageStatus } from '../../features/about/components/storage-status';
import styles from './pages.module.css';

export function AboutRoute() {
  const id = useId();
  return (
    <div className="page">
      <DocumentTitle title="About" />
      <div className={styles.about}>
        <div className={styles.intro}>
          <h1>About Screening Room</h1>
          <p>
            A place to read film reviews side by side and talk about them in threads that can go as deep as
            the argument does.
          </p>
        </div>

        <section aria-labelledby={`${id}-how`}>
          <h2 id={`${id}-how`}>How it works</h2>
          <p>
            There is no server behind this site. Its API runs inside your browser, in the page itself (built
            with Mock Service Worker, over IndexedDB), and answers just as a real server would. The reviews
            and comments you see are demo content written for this app, modelled on five real review pages
            about Spike Jonze’s <cite>Her</cite> (2013).
          </p>
          <ul>
            <li>Your data stays in this browser, on this device. Nothing is uploaded.</li>
            <li>Another browser, or a private window, starts from its own fresh copy.</li>
            <li>Clearing this site’s data in your browser settings also resets it.</li>
          </ul>
        </section>

        <section aria-labelledby={`${id}-storage`}>
          <h2 id={`${id}-storage`}>Where your data is kept</h2>
          <StorageStatus />
        </section>

        <section aria-labelledby={`${id}-generate`}>
          <h2 id={`${id}-generate`}>Try a big thread</h2>
          <p>
            Make a review with a generated discussion of hundreds or thousands of nested comments, to see how
            the app copes with a long argument. Each size is made once; “Reset demo data” removes them.
          </p>
          <GenerateThread />
        </section>

        <section aria-labelledby={`${id}-reset`}>
          <h2 id={`${id}-reset`}>Start over</h2>
          <p>
            Put every review and comment back the way it was on your first visit. Comments you posted and
            changes you made will be removed.
          </p>
          <ResetDemo />
        </section>
      </div>
    </div>
  );
}
