/**
 * The files the browser console's build context holds (`docker build .`) and `file://` can read:
 * a small web site on nginx, and lifecycle policies to try.
 */
const DOCKERFILE = `# A static web site served by nginx on Alpine Linux
FROM nginx:1.27-alpine
COPY index.html /usr/share/nginx/html/
EXPOSE 80
CMD ["nginx", "-g", "daemon off;"]
`;

const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Dockyard web</title></head>
  <body><h1>Hello from a container</h1></body>
</html>
`;

/** The reference's example (§8.5): keep the last 10 prod images, drop untagged after 14 days. */
const POLICY = `{
  "rules": [
    {
      "rulePriority": 1,
      "description": "keep last 10 prod images",
      "selection": {
        "tagStatus": "tagged",
        "tagPatternList": ["prod*"],
        "countType": "imageCountMoreThan",
        "countNumber": 10
      },
      "action": { "type": "expire" }
    },
    {
      "rulePriority": 2,
      "description": "drop untagged after 14 days",
      "selection": {
        "tagStatus": "untagged",
        "countType": "sinceImagePushed",
        "countUnit": "days",
        "countNumber": 14
      },
      "action": { "type": "expire" }
    }
  ]
}
`;

const KEEP_FIVE = `{
  "rules": [
    {
      "rulePriority": 1,
      "description": "keep the five newest images",
      "selection": { "tagStatus": "any", "countType": "imageCountMoreThan", "countNumber": 5 },
      "action": { "type": "expire" }
    }
  ]
}
`;

export const ECR_EXAMPLE_FILES: Readonly<Record<string, string>> = {
  Dockerfile: DOCKERFILE,
  'index.html': INDEX_HTML,
  'policy.json': POLICY,
  'keep-five.json': KEEP_FIVE,
};
