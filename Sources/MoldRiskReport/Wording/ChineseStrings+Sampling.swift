import MoldRiskAnalysis
import MoldRiskCore

/// The sampling method and the correlations in Chinese (DESIGN §8.3): 抽样方法, 随机抽样,
/// 拉丁超立方抽样, Sobol 序列, 有效试验次数, 秩相关; the method's terms in Chinese (斯皮尔曼, 高斯联结函数,
/// 楚列斯基分解, 标准差), no English word but the allowed names (Sobol, GSL).
extension ChineseStrings {
    package func samplingMethod(_ method: SamplingMethod) -> String {
        switch method {
        case .random: "随机抽样（独立抽取）"
        case .latinHypercube: "拉丁超立方抽样（每个分块内分层）"
        case .sobol: "Sobol 序列（GSL 的低差异序列，每个分块随机平移）"
        }
    }

    package var samplingRandomNote: String { "；标准误差为 标准差/√n" }

    package func effectiveTrials(cycle: String, trials: Double, ratio: String) -> String {
        "\(cycle) \(Fmt.units(trials)) 次（方差比 \(ratio)）"
    }

    package func samplingChunkSpread(chunks: Int, figures: [String]) -> String {
        "；每个输入都用其逆分布函数抽取；期望利润及配对差异的标准误差取自 \(Fmt.units(Double(chunks))) "
            + "个分块平均值的离散程度（标准差/√n 会高估它们）；期望利润的有效试验次数（达到同样标准误差所需的"
            + "随机抽样次数）：" + figures.joined(separator: "，")
            + "；亏损概率的区间按独立试验计算（偏保守）"
    }

    package func samplingRoughErrors(chunks: Int, relativeError: Double) -> String {
        "；只有 \(chunks) 个分块，这些标准误差较粗略（相对误差约 \(Fmt.percent(relativeError))；"
            + "要稳定的数字请用 200,000 次或更多模拟）"
    }

    package func samplingFewChunks(chunks: Int, minimumChunks: Int, minimumTrials: Int) -> String {
        let few = chunks == 1 ? "只有一个分块，没有分块平均值的离散程度可用"
            : "只有 \(chunks) 个分块，其平均值的离散程度不可靠（少数分块可能碰巧一致）"
        return "；\(few)，所以标准误差和 95% 区间按独立试验计算（标准差/√n），是上限（至少用 \(minimumChunks) 个分块，即 "
            + "\(Fmt.units(Double(minimumTrials))) 次模拟，才能得到该方法自己的标准误差）"
    }

    package func samplingStudentT(degreesOfFreedom: Int, quantile: Double) -> String {
        "；其 95% 区间用自由度为 \(degreesOfFreedom) 的 t 分布（± \(Fmt.fixed(quantile, places: 3)) 个标准误差，而非 1.96）"
    }

    package func correlationsText(_ list: [String]) -> String {
        "斯皮尔曼秩相关，用高斯联结函数抽取（对 2·sin(π·ρ/6) 组成的矩阵做楚列斯基分解，每个输入经其自身的逆分布函数，"
            + "各自的边际分布不变）：" + list.joined(separator: "；") + "。返工是“是/否”事件，其秩相关指抽取它的"
            + "均匀随机数的秩相关。龙卷风图每次固定一个输入，与它相关的输入照常抽取：每根柱子是该输入自身的影响；"
            + "它与利润的秩相关包含相关输入的影响"
    }
}
