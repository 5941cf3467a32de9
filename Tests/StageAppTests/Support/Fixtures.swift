/// Dockerfiles the app tests open.
enum Fixtures {
  /// A Go build on Debian copied into a slim runtime, with a test stage the target does not build.
  static let goService = """
    FROM golang:1.22 AS build
    WORKDIR /src
    COPY go.mod main.go ./
    RUN go build -o /out/app .

    FROM build AS test
    RUN go test ./...

    FROM debian:bookworm AS runtime
    RUN apt-get update && apt-get install -y ca-certificates
    COPY --from=build /out/app /usr/local/bin/app
    USER nobody
    CMD ["/usr/local/bin/app"]

    """
}
