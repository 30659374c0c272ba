import createMDX from '@next/mdx';

// Turbopack builds by default, and it can only pass plugins that are serialisable: give them by name.
const withMDX = createMDX({
  extension: /\.mdx$/,
  options: {
    remarkPlugins: ['remark-frontmatter', 'remark-gfm'],
    rehypePlugins: [
      'rehype-slug',
      ['@shikijs/rehype', { themes: { light: 'github-light', dark: 'github-dark-default' }, defaultColor: false }],
    ],
  },
});

/** @type {import('next').NextConfig} */
const nextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  pageExtensions: ['ts', 'tsx', 'mdx'],
  reactStrictMode: true,
  poweredByHeader: false,
};

export default withMDX(nextConfig);
