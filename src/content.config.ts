import { defineCollection } from 'astro:content';
import { z } from 'astro/zod';
import { glob } from 'astro/loaders';
import { docsSchema } from '@astrojs/starlight/schema';
import { pageDescription } from './lib/og/description.ts';

// The chapter lives at the top level (content/docs/), not in Starlight's default src/content/docs/.
export const collections = {
  docs: defineCollection({
    loader: glob({ base: './content/docs', pattern: '**/[^_]*.{md,mdx}' }),
    // Every page's description feeds its link preview, so it is required (Starlight: optional).
    schema: docsSchema({ extend: z.object({ description: pageDescription }) }),
  }),
};
