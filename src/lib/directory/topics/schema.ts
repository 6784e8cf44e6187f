import { z } from 'zod';
import { checkboxSchema, idSchema, nameSchema, positionSchema, slugSchema, textSchema, versionSchema } from '../fields';

// A topic is a "hot issue" hub; featured topics are listed on the front page in `position` order.

export const topicFieldsSchema = z.object({
  name: nameSchema,
  slug: slugSchema,
  description: textSchema(1000),
  featured: checkboxSchema,
  position: positionSchema,
});

export const createTopicSchema = topicFieldsSchema;
export const updateTopicSchema = topicFieldsSchema.extend({ id: idSchema, version: versionSchema });

export type TopicFields = z.output<typeof topicFieldsSchema>;
export type UpdateTopicInput = z.output<typeof updateTopicSchema>;
