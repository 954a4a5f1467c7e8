import type { Series } from '../../domain/model';
import { NotBuiltArea } from '../placeholder/NotBuiltArea';

/** The moderator area. Not built yet: says so plainly. */
export function ModeratorPage(_props: { series: Series }) {
  return <NotBuiltArea area="moderator" />;
}
