'use client';

import { useState } from 'react';
import type { EditorOptions, FrontPageLead } from '@/lib/articles/admin-queries';
import type { PinSummary } from '@/lib/articles/edit-queries';
import type { ArticleFields } from '@/lib/articles/schema';
import type { FieldErrors } from '@/lib/auth/action-error';
import type { MediaSummary } from '@/lib/media/summary';
import { toSlug } from '@/lib/slug';
import { BylinesField } from './bylines-field';
import { Choice, errorsUnder, Notes, TextBox, TextInput } from './controls';
import { FrontPageField } from './front-page-field';
import { figureDirective } from './markdown-format';
import { MarkdownEditor } from './markdown-editor';
import { PhotosField } from './photos-field';
import { RelatedField } from './related-field';

// Every field of a story, controlled by the editor's state. Errors from the last save sit
// beside the fields they concern.

const kinds = ['NEWS', 'ANALYSIS', 'INTERVIEW', 'FEATURE', 'COLUMN', 'EDITORIAL'].map((value) => ({ value, label: value.charAt(0) + value.slice(1).toLowerCase() }));

export type PickPhoto = (title: string, choose: (media: MediaSummary) => void) => void;

type Props = {
  articleId: number;
  fields: ArticleFields;
  update: (patch: Partial<ArticleFields>) => void;
  errors: FieldErrors;
  options: EditorOptions;
  media: Record<number, MediaSummary>;
  pins: Record<number, PinSummary>;
  onPins: (found: PinSummary[]) => void;
  onPick: PickPhoto;
  /** A story that has never been public takes its slug from its headline until the slug is edited. */
  slugFollowsHeadline: boolean;
  /** Editors place stories on the front page; others see the placement read-only. */
  canPlace: boolean;
  frontPageLead: FrontPageLead | null;
};

const splitTags = (text: string) => text.split(',').map((tag) => tag.trim()).filter(Boolean);

export function ArticleForm({ articleId, fields, update, errors, options, media, pins, onPins, onPick, slugFollowsHeadline, canPlace, frontPageLead }: Props) {
  const [tagsText, setTagsText] = useState(fields.tags.join(', '));
  const follows = slugFollowsHeadline && fields.slug === toSlug(fields.headline, 'story');
  const e = (name: string) => errors[name];

  return (
    <div className="article-form">
      <TextInput id="headline" label="Headline" value={fields.headline} maxLength={300} errors={e('headline')}
        onChange={(headline) => update(follows ? { headline, slug: toSlug(headline, 'story') } : { headline })} />
      <TextBox id="subheadlines" label="Sub-headlines" rows={2} value={fields.subheadlines.join('\n')} errors={errorsUnder(errors, 'subheadlines')}
        hint="One per line, up to five." onChange={(text) => update({ subheadlines: text.split('\n') })} />
      <TextBox id="summary" label="Summary" value={fields.summary} maxLength={600} errors={e('summary')}
        hint="For lists and search results. Leave empty to use the first lines of the body." onChange={(summary) => update({ summary })} />
      <MarkdownEditor value={fields.bodyMarkdown} errors={e('bodyMarkdown')} onChange={(bodyMarkdown) => update({ bodyMarkdown })}
        onPickFigure={(insert) => onPick('Insert a photo in the body', (photo) => photo.src && insert(figureDirective({ ...photo, src: photo.src })))} />
      <div className="form-row">
        <Choice id="kind" label="Kind" value={fields.kind} options={kinds} errors={e('kind')} onChange={(kind) => update({ kind: kind as ArticleFields['kind'] })} />
        <Choice id="sectionId" label="Section" value={String(fields.sectionId)} errors={e('sectionId')}
          options={options.sections.map((s) => ({ value: String(s.id), label: s.name }))} onChange={(id) => update({ sectionId: Number(id) })} />
      </div>
      <BylinesField value={fields.authors} authors={options.authors} errors={errorsUnder(errors, 'authors')} onChange={(authors) => update({ authors })} />
      <fieldset className="editor-fieldset">
        <legend>Topics</legend>
        <div className="topic-choices">
          {options.topics.map((topic) => (
            <label key={topic.id} className="admin-check">
              <input type="checkbox" checked={fields.topicIds.includes(topic.id)}
                onChange={(event) => update({ topicIds: event.target.checked ? [...fields.topicIds, topic.id] : fields.topicIds.filter((id) => id !== topic.id) })} />
              {topic.name}
            </label>
          ))}
        </div>
        <Notes id="topicIds" errors={errorsUnder(errors, 'topicIds')} />
      </fieldset>
      <TextInput id="tags" label="Tags" value={tagsText} errors={errorsUnder(errors, 'tags')} hint="Separated by commas, e.g. Denuclearization, US-Korea relations."
        onChange={(text) => { setTagsText(text); update({ tags: splitTags(text) }); }} />
      <PhotosField leadImageId={fields.leadImageId} gallery={fields.gallery} media={media} onPick={onPick} onChange={update}
        errors={{ lead: e('leadImageId'), gallery: errorsUnder(errors, 'gallery') }} />
      <RelatedField articleId={articleId} value={fields.relatedPins} pins={pins} errors={errorsUnder(errors, 'relatedPins')}
        onChange={(relatedPins, found) => { onPins(found); update({ relatedPins }); }} />
      <FrontPageField articleId={articleId} value={fields} onChange={update} canPlace={canPlace} lead={frontPageLead}
        errors={{ placement: e('frontPagePlacement'), rank: e('frontPageRank') }} />
      <TextInput id="originalUrl" type="url" label="Original-language article" value={fields.originalUrl ?? ''} errors={e('originalUrl')}
        hint="The Korean original's address, shown as “Read the original Korean article”." onChange={(originalUrl) => update({ originalUrl })} />
      <TextInput id="videoUrl" type="url" label="Video" value={fields.videoUrl ?? ''} errors={e('videoUrl')} hint="A YouTube or Vimeo address." onChange={(videoUrl) => update({ videoUrl })} />
      <fieldset className="editor-fieldset">
        <legend>Search engines</legend>
        <TextInput id="seoTitle" label="SEO title" value={fields.seoTitle ?? ''} maxLength={120} errors={e('seoTitle')} hint="Leave empty to use the headline." onChange={(seoTitle) => update({ seoTitle })} />
        <TextBox id="seoDescription" label="SEO description" value={fields.seoDescription ?? ''} maxLength={300} errors={e('seoDescription')} hint="Leave empty to use the summary." onChange={(seoDescription) => update({ seoDescription })} />
        <TextInput id="slug" label="Address (slug)" value={fields.slug} maxLength={120} errors={e('slug')}
          hint={follows ? 'Follows the headline until you change it.' : 'Changing it keeps the old address working: it redirects here.'} onChange={(slug) => update({ slug })} />
        {!follows ? <button type="button" onClick={() => update({ slug: toSlug(fields.headline, 'story') })}>Make from the headline</button> : null}
      </fieldset>
    </div>
  );
}
