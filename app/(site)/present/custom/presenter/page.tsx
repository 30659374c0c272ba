import type { Metadata } from 'next';
import { CustomPresent } from '@/components/present/custom-present';

export const metadata: Metadata = { title: 'Your scenario (presenter)' };

export default function CustomPresenterPage() {
  return <CustomPresent role="presenter" />;
}
