import DockerfileSyntax
import StageAnalysis

extension SizeJob {
  /// Sizes every input with `model`, reading `context` for `COPY`/`ADD` (nil: no context).
  public func perform(
    model: SizeModel, fileName: String, context: (any BuildContext)?, dockerfilePath: String?
  ) -> [String: SizeReport] {
    var reports: [String: SizeReport] = [:]
    for input in inputs {
      let graph = StageGraph(dockerfile: Dockerfile.parse(input.bytes), configuration: configuration)
      reports[input.key] = model.report(
        graph: graph, file: fileName, context: context, dockerfilePath: dockerfilePath, measured: measured)
    }
    return reports
  }
}
