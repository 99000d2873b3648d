import { useState } from 'preact/hooks';
import type { components } from '../../api/generated/recruitment';
import { Choices, TextInput, Textarea } from '../../components/Fields';

export type QuestionSpec = components['schemas']['QuestionSpec'];

const TYPES: Record<QuestionSpec['type'], string> = {
  FREE_TEXT: 'A written answer', SINGLE_CHOICE: 'One of a list', MULTIPLE_CHOICE: 'Any of a list',
};

/** An intake's application questions: each listed with a way to remove it, and a form to add another. */
export function QuestionBuilder({ questions, onChange }: { questions: QuestionSpec[]; onChange: (questions: QuestionSpec[]) => void }) {
  const [adding, setAdding] = useState({ text: '', type: 'FREE_TEXT' as QuestionSpec['type'], wordLimit: '300', options: '', required: 'yes' });
  const [missing, setMissing] = useState<string>();
  const add = () => {
    const options = adding.options.split('\n').map((option) => option.trim()).filter(Boolean);
    if (!adding.text.trim()) return setMissing('Enter the question');
    if (adding.type !== 'FREE_TEXT' && options.length < 2) return setMissing('Enter at least two options, one on each line');
    setMissing(undefined);
    const id = adding.text.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 32) || 'question';
    onChange([...questions, {
      id: questions.some((question) => question.id === id) ? `${id}-${questions.length + 1}` : id,
      text: adding.text.trim(), type: adding.type, required: adding.required === 'yes',
      ...(adding.type === 'FREE_TEXT' ? { wordLimit: Number(adding.wordLimit) || 300 } : { options }),
    }]);
    setAdding({ ...adding, text: '', options: '' });
  };
  return (
    <>
      <h2>Application questions</h2>
      {questions.length === 0
        ? <p class="nhsuk-body">No questions yet: applicants give only their details.</p>
        : (
          <dl class="nhsuk-summary-list">
            {questions.map((question, index) => (
              <div class="nhsuk-summary-list__row" key={question.id}>
                <dt class="nhsuk-summary-list__key">{question.text}</dt>
                <dd class="nhsuk-summary-list__value">{TYPES[question.type]}{question.type === 'FREE_TEXT' ? `, up to ${question.wordLimit} words` : `: ${question.options?.join(', ')}`}
                  {question.required ? '' : ' (optional)'}</dd>
                <dd class="nhsuk-summary-list__actions">
                  <button type="button" class="nhsuk-button nhsuk-button--secondary nhsuk-button--small"
                    onClick={() => onChange(questions.filter((_, i) => i !== index))}>Remove<span class="nhsuk-u-visually-hidden"> {question.text}</span></button>
                </dd>
              </div>
            ))}
          </dl>
        )}
      <details class="nhsuk-details">
        <summary class="nhsuk-details__summary"><span class="nhsuk-details__summary-text">Add a question</span></summary>
        <div class="nhsuk-details__text">
          <Textarea name="question-text" label="Question" rows={2} error={missing} value={adding.text} onInput={(text) => setAdding({ ...adding, text })} />
          <Choices name="question-type" label="How is it answered?" options={Object.entries(TYPES).map(([value, text]) => ({ value, text }))}
            value={[adding.type]} onChange={([type]) => setAdding({ ...adding, type: type as QuestionSpec['type'] })} />
          {adding.type === 'FREE_TEXT'
            ? <TextInput name="question-words" label="Most words allowed" width={10} value={adding.wordLimit} onInput={(wordLimit) => setAdding({ ...adding, wordLimit })} />
            : <Textarea name="question-options" label="Options, one on each line" rows={4} value={adding.options} onInput={(options) => setAdding({ ...adding, options })} />}
          <Choices name="question-required" label="Must it be answered?" small options={[{ value: 'yes', text: 'Yes' }, { value: 'no', text: 'No, it is optional' }]}
            value={[adding.required]} onChange={([required]) => setAdding({ ...adding, required })} />
          <button type="button" class="nhsuk-button nhsuk-button--secondary" onClick={add}>Add this question</button>
        </div>
      </details>
    </>
  );
}
