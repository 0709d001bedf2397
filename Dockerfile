# One image for every Node service (gateway, subgraphs, simulators, migrations); docker-compose.yml picks the
# entry point per service. Node 24 runs the TypeScript sources directly (type stripping), so there is no
# build step and the image runs exactly the code the tests ran.
FROM node:24-slim AS deps
WORKDIR /app
COPY package.json package-lock.json ./
COPY platform/package.json platform/
COPY gateway/package.json gateway/
COPY simulators/package.json simulators/
COPY schema/package.json schema/
COPY scripts/package.json scripts/
COPY bench/package.json bench/
COPY subgraphs/ subgraphs/
# Keep only the subgraphs' package.json files in this layer, so code edits do not invalidate the install.
RUN find subgraphs -mindepth 2 ! -name package.json -type f -delete \
 && npm ci --omit=dev --no-audit --no-fund

FROM node:24-slim
ENV NODE_ENV=production HOST=0.0.0.0
WORKDIR /app
COPY --from=deps /app/node_modules ./node_modules
COPY . .
USER node
# docker-compose.yml sets the command, e.g. ["node", "subgraphs/users/src/main.ts"].
CMD ["node", "gateway/src/main.ts"]
