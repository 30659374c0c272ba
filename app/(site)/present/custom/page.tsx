import type { Metadata } from 'next';
import { CustomPresent } from '@/components/present/custom-present';

export const metadata: Metadata = { title: 'Your scenario (audience)' };

export default function CustomAudiencePage() {
  return <CustomPresent role="audience" />;
}
