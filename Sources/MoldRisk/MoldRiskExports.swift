// One import for the CLI and for embedders: the layers below, re-exported.
@_exported import MoldRiskAnalysis
@_exported import MoldRiskCore
@_exported import MoldRiskIO
@_exported import MoldRiskReport
