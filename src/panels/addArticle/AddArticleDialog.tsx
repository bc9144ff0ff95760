import { localStore } from '../../io/localStore';
import {
  useCallback,
  useEffect,
  useRef,
  useState,
  type ClipboardEvent,
  type DragEvent,
  type FormEvent,
} from 'react';
import type { ExtractMeta } from '../../extract/extract';
import { useAppStore } from '../../store';
import { useModalDialog, type ModalDialogProps } from '../exchange/useModalDialog';
import { addArticleFromText } from './addArticleFromText';
import { ArticleList } from './ArticleList';
import {
  ARTICLE_ACCEPT,
  checkArticleText,
  checkMeta,
  EMPTY_META,
  fieldsFromMeta,
  MAX_ARTICLE_LABEL,
  PASTED,
  type MetaFields,
} from './articleInput';
import { ExtractProgress } from './ExtractProgress';
import { MetaFieldset } from './MetaFieldset';
import { readArticleFile, readPastedMarkdown } from './readArticleFile';
import { useExtraction } from './useExtraction';
import { readModelSettings, writeModelSettings, type StoredModelSettings } from '../../io/modelSettings';
import { modelReady, ModelSettingsGroup } from './ModelSettingsGroup';
import type { SendToModel } from './extractInWorker';
import { plural } from '../../io/describe';

interface Status {
  readonly error: boolean;
  readonly lines: readonly string[];
  /** The model run's log, behind "Show log". */
  readonly log?: readonly string[];
}

const hasFiles = (e: DragEvent) => e.dataTransfer.types.includes('Files');

/**
 * "Add article": paste text or choose/drop a .txt or .md file, give optional metadata, and the
 * extractor runs in a worker with progress and Cancel. A refused input changes nothing: the form keeps
 * what was typed and the graph stays as it was. Closing the dialog cancels a running extraction.
 */
export function AddArticleDialog({ open, onClose, returnTo }: ModalDialogProps) {
  const [text, setText] = useState('');
  const [fileName, setFileName] = useState<string | null>(null);
  const [fields, setFields] = useState<MetaFields>(EMPTY_META);
  const [status, setStatus] = useState<Status | null>(null);
  const [dragging, setDragging] = useState(false);
  const { progress, run, cancel } = useExtraction();
  const [model, setModel] = useState<StoredModelSettings>(() => readModelSettings(localStore()));
  const changeModel = (next: StoredModelSettings) => {
    setModel(next);
    writeModelSettings(localStore(), next);
  };
  const fileInput = useRef<HTMLInputElement>(null);
  const submitButton = useRef<HTMLButtonElement>(null);

  const closed = useCallback(() => {
    cancel();
    onClose();
  }, [cancel, onClose]);
  const { ref, onKeyDown } = useModalDialog(open, closed, returnTo);
  const textArea = useRef<HTMLTextAreaElement>(null);
  // After showModal (the hook's effect runs first): start where the user types.
  useEffect(() => {
    if (open) textArea.current?.focus();
  }, [open]);

  const refuse = (lines: readonly string[], log?: readonly string[]) => {
    setStatus({
      error: true,
      lines: [...lines, 'Nothing was added; the graph is unchanged.'],
      ...(log ? { log } : {}),
    });
  };

  const clearForm = () => {
    setText('');
    setFileName(null);
    setFields(EMPTY_META);
  };

  /**
   * Through the user's model endpoint: the worker writes each request, this page sends it (the client
   * loads now, on the first use). The dialog stays open to show what was kept and dropped.
   */
  const submitToModel = async (meta: ExtractMeta, name: string) => {
    if (!modelReady(model) || model.backend === 'rules')
      return refuse(['Set the model endpoint and the model name, or extract with rules.']);
    setStatus(null);
    const endpoint = { url: model.endpoint, model: model.model.trim(), apiKey: model.apiKey };
    const send: SendToModel = async (request, signal) => {
      const { postChatRaw } = await import('../../io/llm/client');
      return postChatRaw(endpoint, request, signal);
    };
    const outcome = await run({ text, meta, model: { name: endpoint.model, backend: model.backend } }, send);
    submitButton.current?.focus();
    if (outcome.kind === 'cancelled')
      return setStatus({ error: false, lines: ['Cancelled: nothing was added.'] });
    if (outcome.kind === 'error') return refuse([`${name}: ${outcome.message}`], outcome.log);
    const added = addArticleFromText(outcome.graph, meta.published === undefined);
    const count = outcome.graph.relations.length;
    const result = added
      ? `Added ${plural(count, 'relation')} to the graph; they wait in the review queue.`
      : 'No relations were kept; nothing was added.';
    setStatus({
      error: false,
      lines: [...(outcome.report?.summary ?? []), result],
      log: outcome.report?.log ?? [],
    });
    if (added) clearForm();
  };

  const loadFile = async (file: File | undefined) => {
    if (!file || progress) return;
    setStatus({ error: false, lines: [`Reading ${file.name || 'the dropped file'}…`] });
    const read = await readArticleFile(file);
    if (!read.ok) {
      refuse([read.message]);
      useAppStore.getState().notify({ tone: 'error', text: read.message });
      return;
    }
    setText(read.text);
    setFileName(read.name);
    setFields((current) => fieldsFromMeta(read.meta, current));
    setStatus({
      error: false,
      lines: [`Read ${read.name}: ${read.text.length.toLocaleString('en')} characters.`, ...read.warnings],
    });
  };

  // A whole Markdown file pasted into the empty box is read like the file itself would be.
  const onPaste = async (e: ClipboardEvent<HTMLTextAreaElement>) => {
    const pasted = e.clipboardData.getData('text/plain');
    if (text !== '' || progress || !pasted.trimStart().startsWith('---')) return;
    e.preventDefault();
    const read = await readPastedMarkdown(pasted);
    if (!read) {
      setText(pasted);
      return;
    }
    setText(read.text);
    setFileName(null);
    setFields((current) => fieldsFromMeta(read.meta, current));
    setStatus({
      error: false,
      lines: [
        'Read the pasted front matter into the fields below; Markdown was reduced to plain text.',
        ...read.warnings,
      ],
    });
  };

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    if (progress) return;
    const name = fileName ?? PASTED;
    const textProblem = checkArticleText(text, name);
    const meta = checkMeta(fields);
    const problems = [...(textProblem ? [textProblem] : []), ...(meta.ok ? [] : meta.problems)];
    if (problems.length > 0 || !meta.ok) return refuse(problems);
    if (model.backend !== 'rules') return submitToModel(meta.meta, name);
    setStatus(null);
    // Sent as written, like the command line: the same text as a curated source merges into it.
    const outcome = await run({ text, meta: meta.meta }); // no title: the extractor takes the first line
    if (outcome.kind === 'cancelled') {
      setStatus({ error: false, lines: ['Cancelled: nothing was added.'] });
      submitButton.current?.focus();
      return;
    }
    if (outcome.kind === 'error') {
      refuse([`${name}: ${outcome.message}`]);
      submitButton.current?.focus();
      return;
    }
    const added = addArticleFromText(outcome.graph, meta.meta.published === undefined);
    if (!added) {
      const what = name === PASTED ? 'the pasted text' : name;
      setStatus({ error: false, lines: [`No relations were found in ${what}; nothing was added.`] });
      submitButton.current?.focus();
      return;
    }
    clearForm();
    setStatus(null);
    ref.current?.close();
  };

  // Drops anywhere on the dialog are articles: stop them before the window-wide graph-file drop.
  const onDrag = (e: DragEvent<HTMLDialogElement>) => {
    if (!hasFiles(e)) return;
    e.preventDefault();
    e.stopPropagation();
    if (e.type === 'dragover') e.dataTransfer.dropEffect = progress ? 'none' : 'copy';
    if (e.type === 'dragenter' || e.type === 'dragover') setDragging(true);
    if (e.type === 'dragleave' && e.target === e.currentTarget) setDragging(false);
    if (e.type === 'drop') {
      setDragging(false);
      const files = [...e.dataTransfer.files];
      if (files.length > 1) {
        refuse([`Drop one article at a time (${files.length} files were dropped).`]);
        return;
      }
      void loadFile(files[0]);
    }
  };

  const running = progress !== null;
  return (
    <dialog
      ref={ref}
      className="article-dialog"
      aria-labelledby="article-dialog-title"
      onKeyDown={onKeyDown}
      onDragEnter={onDrag}
      onDragOver={onDrag}
      onDragLeave={onDrag}
      onDrop={onDrag}
    >
      <header className="article-header">
        <h2 id="article-dialog-title">Articles</h2>
        <button type="button" onClick={() => ref.current?.close()}>
          Close
        </button>
      </header>
      <form className="article-form" onSubmit={(e) => void submit(e)} noValidate>
        <h3>Add an article</h3>
        <div className={dragging ? 'article-drop dragging' : 'article-drop'}>
          <label htmlFor="article-text">Article text</label>
          <textarea
            ref={textArea}
            id="article-text"
            rows={9}
            value={text}
            disabled={running}
            onChange={(e) => setText(e.target.value)}
            onPaste={(e) => void onPaste(e)}
            placeholder="Paste a news article here, or drop a .txt or .md file on this dialog."
            spellCheck={false}
            aria-describedby="article-text-help"
          />
          <p id="article-text-help" className="meta">
            Paste the text, or{' '}
            <button
              type="button"
              className="link"
              onClick={() => fileInput.current?.click()}
              disabled={running}
            >
              choose a .txt or .md file
            </button>{' '}
            (up to {MAX_ARTICLE_LABEL}; front matter fills the fields below).
            {fileName && <> Text from {fileName}.</>}
          </p>
          <input
            ref={fileInput}
            type="file"
            accept={ARTICLE_ACCEPT}
            hidden
            data-testid="article-file"
            aria-label="Article file"
            onChange={(e) => {
              const file = e.target.files?.[0];
              e.target.value = ''; // the same file chosen again must fire change again
              void loadFile(file);
            }}
          />
        </div>
        <MetaFieldset fields={fields} disabled={running} onChange={setFields} />
        <ModelSettingsGroup settings={model} disabled={running} onChange={changeModel} />
        <div className="article-actions">
          <button ref={submitButton} type="submit" className="primary" disabled={running}>
            Extract and add
          </button>
          {progress && (
            <ExtractProgress
              progress={progress}
              onCancel={cancel}
              unit={model.backend === 'rules' ? 'sentences' : 'chunks'}
            />
          )}
        </div>
        <div
          className={status?.error ? 'article-status error' : 'article-status'}
          role="status"
          data-testid="article-status"
        >
          {status?.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
        {status?.log && status.log.length > 0 && (
          <details className="model-log">
            <summary>Show log</summary>
            <pre data-testid="model-log">{status.log.join('\n')}</pre>
          </details>
        )}
      </form>
      <ArticleList />
    </dialog>
  );
}
