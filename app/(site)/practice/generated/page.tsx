import type { Metadata } from 'next';
import Link from 'next/link';
import { GeneratedPractice } from '@/components/practice/generated/generated-practice';

export const metadata: Metadata = {
  title: 'Questions from the simulator',
  description:
    'Fresh questions built by the Amazon ECS, Amazon EKS and Amazon ECR simulators from a seed: how many tasks fit, where binpack places the next task, what happens when an Availability Zone fails, what ECS says about a task definition or a Fargate size, where the kube-scheduler puts a pod, which layers a push uploads and what a lifecycle policy expires. The engine computes every answer and shows its reasoning.',
};

export default function GeneratedQuestionsPage() {
  return (
    <div className="mx-auto max-w-5xl px-4 py-10 sm:px-6">
      <p className="text-sm text-[var(--fg-soft)]">
        <Link href="/practice/" className="hover:underline">
          Practice
        </Link>
        <span aria-hidden="true"> / </span>
        Questions from the simulator
      </p>
      <h1 className="mt-1 text-3xl font-bold tracking-tight">Questions from the simulator</h1>
      <p className="mt-2 max-w-[65ch] text-[var(--fg-soft)]">
        The Amazon ECS, Amazon EKS and Amazon ECR simulators build each of these from a seed, so there is
        always a new one. The simulator computes the answer itself, and once you have answered it plays the
        command and explains what it did. The address holds the seed: share it and the same question opens.
      </p>
      <div className="mt-8">
        <GeneratedPractice />
      </div>
    </div>
  );
}
