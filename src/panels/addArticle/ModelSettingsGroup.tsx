import { BACKENDS } from '../../domain/modelAnswer';
import type { BackendChoice, StoredModelSettings } from '../../io/modelSettings';

const BACKEND_LABELS: Readonly<Record<BackendChoice, string>> = {
  rules: 'Rules (on this machine)',
  model: 'Model',
  both: 'Rules and model',
};

/** The settings can reach a model: an address and a model name. */
export const modelReady = (s: StoredModelSettings): boolean =>
  s.endpoint.trim() !== '' && s.model.trim() !== '';

/**
 * "Model (optional)": an OpenAI-compatible endpoint to extract with, collapsed by default. Nothing is
 * sent until an endpoint and a model are set, a model backend is chosen and Extract is pressed.
 */
export function ModelSettingsGroup({
  settings,
  disabled,
  onChange,
}: {
  settings: StoredModelSettings;
  disabled: boolean;
  onChange: (settings: StoredModelSettings) => void;
}) {
  const set = (change: Partial<StoredModelSettings>) => onChange({ ...settings, ...change });
  const ready = modelReady(settings);
  return (
    <details className="model-settings">
      <summary>
        Model (optional)
        <span className="meta">
          {' '}
          · extracting with{' '}
          {settings.backend === 'rules'
            ? 'rules'
            : `${BACKEND_LABELS[settings.backend].toLowerCase()} (${settings.model.trim()})`}
        </span>
      </summary>
      <fieldset disabled={disabled}>
        <legend className="visually-hidden">Model settings</legend>
        <label>
          <span>Endpoint</span>
          <input
            type="url"
            name="model-endpoint"
            value={settings.endpoint}
            placeholder="http://127.0.0.1:11434/v1"
            autoComplete="off"
            spellCheck={false}
            aria-describedby="model-endpoint-help"
            onChange={(e) => {
              const endpoint = e.target.value;
              set({ endpoint, ...(endpoint.trim() === '' ? { backend: 'rules' } : {}) });
            }}
          />
        </label>
        <label>
          <span>Model name</span>
          <input
            type="text"
            name="model-name"
            value={settings.model}
            placeholder="e.g. qwen2.5:7b"
            autoComplete="off"
            spellCheck={false}
            onChange={(e) => set({ model: e.target.value })}
          />
        </label>
        <label>
          <span>API key</span>
          <input
            type="password"
            name="model-key"
            value={settings.apiKey}
            placeholder="if the server needs one"
            autoComplete="off"
            onChange={(e) => set({ apiKey: e.target.value })}
          />
        </label>
        <label className="model-remember">
          <input
            type="checkbox"
            checked={settings.rememberKey}
            onChange={(e) => set({ rememberKey: e.target.checked })}
          />
          <span>Remember key in this browser</span>
        </label>
        <p id="model-endpoint-help" className="meta model-help">
          An OpenAI-compatible chat endpoint (Ollama, llama.cpp, vLLM or a hosted one). The article is sent
          there only when you press Extract with a model chosen; every relation it proposes is checked against
          the text.
        </p>
        <div role="radiogroup" aria-label="Extract with" className="model-backend">
          <span aria-hidden="true">Extract with</span>
          {BACKENDS.map((backend) => (
            <label key={backend}>
              <input
                type="radio"
                name="model-backend"
                value={backend}
                checked={settings.backend === backend}
                disabled={backend !== 'rules' && !ready}
                onChange={() => set({ backend })}
              />
              <span>{BACKEND_LABELS[backend]}</span>
            </label>
          ))}
        </div>
      </fieldset>
    </details>
  );
}
