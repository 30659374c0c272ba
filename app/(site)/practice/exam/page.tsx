import type { Metadata } from 'next';
import { ExamApp } from '@/components/practice/exam/exam-app';
import { loadPracticeData } from '../practice-data';

export const metadata: Metadata = {
  title: 'Exam',
  description: 'A timed exam in an AWS certification format, with a review of every question after you submit.',
};

export default function ExamPage() {
  return (
    <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
      <h1 className="sr-only">Exam</h1>
      <ExamApp {...loadPracticeData()} />
    </div>
  );
}
