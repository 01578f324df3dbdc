# Hiwar in one container: the API, the realtime server and the built web app, on SQLite in /data.
FROM node:20-bookworm-slim AS build
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
RUN npm install -g pnpm@10.34.9
WORKDIR /app
COPY . .
RUN pnpm install --frozen-lockfile && pnpm --filter @hiwar/web build

FROM node:20-bookworm-slim
RUN npm install -g pnpm@10.34.9
WORKDIR /app
COPY --from=build /app /app
ENV NODE_ENV=production PORT=3000 HIWAR_DATA_DIR=/data
VOLUME /data
EXPOSE 3000
# No demo account in a deployment: the demo is seeded (with a random password, printed in the log) only
# when HIWAR_DEMO=1, and the server refuses a production database holding one unless HIWAR_DEMO=1.
CMD ["sh", "-c", "if [ \"$HIWAR_DEMO\" = 1 ]; then pnpm --filter @hiwar/server seed; fi && exec pnpm --filter @hiwar/server start"]
