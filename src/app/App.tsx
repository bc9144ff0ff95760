// First: configures zod before any module that uses it loads.
import '../io/zodWithoutEval';
import { GraphCanvas } from '../canvas/GraphCanvas';
import { AddArticleButton } from '../panels/addArticle/AddArticleButton';
import { ArticleReader } from '../panels/ArticleReader';
import { UndoRedo } from '../panels/curate/UndoRedo';
import { ExportPngButton } from '../panels/ExportPngButton';
import { ExportButton } from '../panels/exchange/ExportButton';
import { ImportControls } from '../panels/exchange/ImportControls';
import { NoticeBar } from '../panels/NoticeBar';
import { SelectionPanel } from '../panels/SelectionPanel';
import { CanvasToolbar } from '../panels/explore/CanvasToolbar';
import { CopyLinkButton } from '../panels/explore/CopyLinkButton';
import { FilterPanel } from '../panels/explore/FilterPanel';
import { FocusControls } from '../panels/explore/FocusControls';
import { installAnalysis } from '../panels/analysis/installAnalysis';
import { LazyAnalysisPanel } from '../panels/analysis/LazyAnalysisPanel';
import { installExplore } from '../panels/explore/installExplore';
import { KeyboardShortcuts } from '../panels/explore/KeyboardShortcuts';
import { RelationTable } from '../panels/explore/RelationTable';
import { SearchBox } from '../panels/explore/SearchBox';
import { ThemeToggle } from '../panels/explore/ThemeToggle';
import { PathsDrawer } from '../panels/paths/PathsDrawer';
import { ResetDataButton } from '../panels/ResetData';
import { ReviewButton } from '../panels/review/ReviewButton';
import { ReviewDrawer } from '../panels/review/ReviewDrawer';
import { LazyStory, StoryButton } from '../panels/story/LazyStory';
import { ErrorBoundary } from './ErrorBoundary';
import { GraphSummary } from './GraphSummary';
import { EDITABLE } from '../io/siteMode';
import { resetToDefaultData } from './startup';

// Preferences, theme and permalink are read before the first render, so the canvas starts right.
installExplore();
installAnalysis();

/** A rendering failure anywhere below shows a message with a way back, never a blank page. */
export const App = () => (
  <ErrorBoundary>
    <Shell />
  </ErrorBoundary>
);

/** The shell: filters on the left, the graph in the middle, evidence and article on the right. */
function Shell() {
  // A read-only published site (npm run publish) shows no editing controls.
  const editing = EDITABLE;
  return (
    <div className="app">
      <header className="topbar">
        <h1>Actorgraph</h1>
        {editing && <UndoRedo />}
        <GraphSummary />
        <SearchBox />
        <div className="actions">
          {editing && <AddArticleButton />}
          {editing && <ReviewButton />}
          <StoryButton />
          {editing && <ImportControls />}
          <ExportButton />
          <ExportPngButton />
          <CopyLinkButton />
          <ThemeToggle />
          {editing && <ResetDataButton onReset={resetToDefaultData} />}
        </div>
      </header>
      <NoticeBar />
      <KeyboardShortcuts />
      <aside className="sidebar" aria-label="Filters and legend">
        <FocusControls />
        <FilterPanel />
        <LazyAnalysisPanel />
      </aside>
      {editing && <ReviewDrawer />}
      <PathsDrawer />
      <LazyStory />
      <main className="stage" aria-label="Graph">
        <CanvasToolbar />
        <div className="stage-canvas">
          <GraphCanvas />
        </div>
        <RelationTable />
      </main>
      <aside className="inspector" aria-label="Evidence">
        <SelectionPanel />
        <ArticleReader />
      </aside>
    </div>
  );
}
