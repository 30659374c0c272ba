import { cn } from '@/lib/cn';

/**
 * A labelled set of native radio buttons drawn as large pills: arrow keys move the choice, Tab
 * leaves the group, and the checked one reads as selected by its border and weight, not colour.
 */
export function ChoiceGroup<T extends string>({
  legend,
  name,
  value,
  options,
  onChange,
}: {
  legend: string;
  name: string;
  value: T;
  options: readonly { readonly id: T; readonly label: string; readonly hint?: string }[];
  onChange: (value: T) => void;
}) {
  return (
    <fieldset className="min-w-0">
      <legend className="mb-1.5 font-semibold">{legend}</legend>
      <div className="flex flex-wrap gap-2">
        {options.map((option) => (
          <label
            key={option.id}
            className={cn(
              'has-[:focus-visible]:outline-accent-500 flex min-h-11 cursor-pointer items-center rounded-lg border px-3 py-1.5 text-sm has-[:focus-visible]:outline-3 has-[:focus-visible]:outline-offset-2',
              option.id === value
                ? 'border-2 border-[var(--fg)] bg-[var(--bg)] font-semibold'
                : 'hover:border-accent-500 border-[var(--border)] bg-[var(--bg)]',
            )}
          >
            <input
              type="radio"
              name={name}
              value={option.id}
              checked={option.id === value}
              onChange={() => onChange(option.id)}
              className="sr-only"
            />
            <span>
              {option.label}
              {option.hint && (
                <span className="block text-xs font-normal text-[var(--fg-soft)]">{option.hint}</span>
              )}
            </span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
