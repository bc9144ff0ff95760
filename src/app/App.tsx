import { GraphCanvas } from '../canvas/GraphCanvas';
import { ArticleReader } from '../panels/ArticleReader';
import { ExportPngButton } from '../panels/ExportPngButton';
import { KindLegend } from '../panels/KindLegend';
import { NoticeBar } from '../panels/NoticeBar';
import { SelectionPanel } from '../panels/SelectionPanel';
import { TypeFilter } from '../panels/TypeFilter';
import { GraphSummary } from './GraphSummary';

/** The shell: filters on the left, the graph in the middle, evidence and article on the right. */
export function App() {
  return (
    <div className="app">
      <header className="topbar">
        <h1>Actorgraph</h1>
        <GraphSummary />
        <div className="actions">
          <ExportPngButton />
        </div>
      </header>
      <NoticeBar />
      <aside className="sidebar" aria-label="Filters and legend">
        <TypeFilter />
        <KindLegend />
      </aside>
      <main className="stage" aria-label="Graph">
        <GraphCanvas />
      </main>
      <aside className="inspector" aria-label="Evidence">
        <SelectionPanel />
        <ArticleReader />
      </aside>
    </div>
  );
}
