import DockerfileSyntax
import StageAnalysis

extension SizeJob {
  /// Sizes every input with `model`, reading `context` for `COPY`/`ADD` (nil: no context).
  ///
  /// An input with a swap is projected by `SwapAnalysis` with the same sizing (model, context,
  /// measured records), so measured layers are re-used as `stagetui swap` re-uses them; the
  /// unswapped file's report comes back once, under `SizeJob.unswappedKey`.
  public func perform(
    model: SizeModel, fileName: String, context: (any BuildContext)?, dockerfilePath: String?
  ) -> [String: SizeReport] {
    var reports: [String: SizeReport] = [:]
    let sizing = SwapSizing(
      model: model, context: context, dockerfilePath: dockerfilePath, measured: measured, file: fileName)
    for input in inputs {
      let dockerfile = Dockerfile.parse(input.bytes)
      if let swap = input.swap {
        guard
          let analysis = try? SwapAnalysis(
            dockerfile: dockerfile, configuration: configuration, swaps: SwapSet([swap]), catalog: model.catalog,
            sizing: sizing),
          let projection = analysis.sizes
        else { continue }
        reports[input.key] = projection.afterReport
        if reports[SizeJob.unswappedKey] == nil { reports[SizeJob.unswappedKey] = projection.beforeReport }
        continue
      }
      let graph = StageGraph(dockerfile: dockerfile, configuration: configuration)
      reports[input.key] = model.report(
        graph: graph, file: fileName, context: context, dockerfilePath: dockerfilePath, measured: measured,
        escapeToken: dockerfile.escapeToken)
    }
    return reports
  }
}
