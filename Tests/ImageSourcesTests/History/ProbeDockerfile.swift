import ImageSources

/// The Dockerfile whose BuildKit history `HistoryAlignerTests.recorded` holds, as the chain of
/// instructions the aligner takes, and the file itself for the real-engine test to build.
enum ProbeDockerfile {
  static let text = """
    ARG BASE=busybox:latest
    FROM ${BASE} AS base
    ARG VERSION=1.2
    ENV GREETING=hi
    RUN echo "$VERSION" > /v.txt
    WORKDIR /src
    WORKDIR /src
    COPY a.txt .
    COPY d/ /data/
    ADD a.txt /added.txt
    LABEL org.example.k=v
    USER nobody
    EXPOSE 8080
    VOLUME /vol
    STOPSIGNAL SIGTERM
    SHELL ["/bin/sh", "-c"]
    HEALTHCHECK CMD true
    ONBUILD RUN echo onbuild
    MAINTAINER someone
    RUN true
    RUN ["/bin/echo", "exec-form"]
    CMD ["sh"]
    ENTRYPOINT echo hi

    FROM base AS final
    ARG LATE=x
    RUN echo $LATE > /tmp/late.txt
    COPY --from=base /v.txt /v2.txt

    """

  /// Every instruction line, keyword first.
  static var chain: [ChainInstruction] {
    text.split(separator: "\n").map { line in
      ChainInstruction(keyword: String(line.prefix { $0 != " " }), text: String(line))
    }
  }
}
