# hkgraph server image. Not exercised by CI here (these machines have no Docker engine).
# It runs `hkgraph serve` against NEO4J_URI; see docker-compose.yml for Neo4j 5.26 beside it.
FROM golang:1.26 AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=0 go build -trimpath -ldflags="-s -w" -o /hkgraph .

FROM gcr.io/distroless/static-debian12:nonroot
COPY --from=build /hkgraph /hkgraph
ENV HKGRAPH_ADDR=0.0.0.0:8080
EXPOSE 8080
ENTRYPOINT ["/hkgraph"]
CMD ["serve"]
