/** The article the model-extraction tests share, and a proposal maker. */
import type { ModelProposal } from '../../domain/modelAnswer';

export const ARTICLE = `Russian President Vladimir Putin met Chinese President Xi Jinping in Moscow on Friday. The two leaders praised each other.

Moscow accused Washington of expanding NATO. “We will not allow it,” the Kremlin said.

Brazil called for closer cooperation with the African Union.`;

export const proposal = (
  source: string,
  type: string,
  target: string,
  quote: string,
  negated = false,
): ModelProposal => ({ source, type, target, quote, negated });
