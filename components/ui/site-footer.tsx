import { OfflineStatus } from '@/components/offline/offline-status';

export function SiteFooter() {
  return (
    <footer className="mt-16 border-t border-[var(--border)] py-8 text-sm text-[var(--fg-soft)]">
      <div className="mx-auto max-w-6xl px-4 sm:px-6">
        <p>
          Dockyard teaches containers on AWS with simulators that follow the services&apos; documented
          behaviour. Figures and prices carry their source and date. Your progress stays in this browser.
        </p>
        <OfflineStatus />
      </div>
    </footer>
  );
}
