'use client';

import type { FrontPageLead } from '@/lib/articles/admin-queries';
import { FRONT_PAGE_RANK_MAX, placementLabels } from '@/lib/articles/placement';
import type { ArticleFields } from '@/lib/articles/schema';
import { Choice, NumberInput } from './controls';

// Where the story sits on the front page. Editors set it; everyone else sees it, read-only.
// Setting a lead moves no other story: the front page leads with the best-ranked one (README,
// "Newsroom"), so the field says which story that is now.

type Placement = Pick<ArticleFields, 'frontPagePlacement' | 'frontPageRank'>;

type Props = {
  articleId: number;
  value: Placement;
  onChange: (patch: Partial<Placement>) => void;
  canPlace: boolean;
  lead: FrontPageLead | null;
  errors: { placement?: string[]; rank?: string[] };
};

const options = Object.entries(placementLabels).map(([value, label]) => ({ value, label }));

function leadLine(articleId: number, lead: FrontPageLead | null): string {
  if (!lead) return 'No published story is placed as the lead: the newest story leads.';
  if (lead.id === articleId) return `This story leads the front page now (rank ${lead.frontPageRank}).`;
  return `Leading now: “${lead.headline}” (rank ${lead.frontPageRank}).`;
}

export function FrontPageField({ articleId, value, onChange, canPlace, lead, errors }: Props) {
  return (
    <fieldset className="editor-fieldset">
      <legend>Front page</legend>
      <div className="form-row">
        <Choice id="frontPagePlacement" label="Placement" value={value.frontPagePlacement} options={options} errors={errors.placement} disabled={!canPlace}
          onChange={(placement) => onChange({ frontPagePlacement: placement as Placement['frontPagePlacement'] })} />
        <NumberInput id="frontPageRank" label="Rank" value={value.frontPageRank} min={0} max={FRONT_PAGE_RANK_MAX} errors={errors.rank} disabled={!canPlace}
          hint={`0 to ${FRONT_PAGE_RANK_MAX}; 0 comes first.`} onChange={(frontPageRank) => onChange({ frontPageRank })} />
      </div>
      <p className="admin-hint">
        {canPlace
          ? 'The front page leads with the published lead story of lowest rank (of equal ranks, the most recently published) and fills the top stories the same way. A new lead moves no other story: give it a lower rank than the current lead, or change that one.'
          : 'Editors choose the front page.'}
      </p>
      <p className="admin-hint" data-testid="front-page-lead">{leadLine(articleId, lead)}</p>
    </fieldset>
  );
}
