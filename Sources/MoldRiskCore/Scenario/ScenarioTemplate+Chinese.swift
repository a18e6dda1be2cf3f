extension ScenarioTemplate {
    /// The template `moldrisk new NAME --lang zh` writes: the English template's keys and values,
    /// explained in Chinese, with `scenario.lang = "zh"`.
    static func chinese(name: String) -> String {
        """
        # moldrisk 情景文件：工厂该不该花钱开这套模具、备这么多货？
        # 运行：moldrisk run <本文件>      检查：moldrisk check <本文件>
        #
        # 金额单位是元，时间单位是天，数量单位是件。
        # 写一个数字就是固定值（等同于 { dist = "fixed", value = 45 }）。
        # 拿不准的地方，写一个范围：
        #   { dist = "triangular", min = 30, mode = 45, max = 75 }   最少、最可能、最多
        #   { dist = "pert", min = 30, mode = 45, max = 75 }         同上，更平滑（可选 lambda = 4）
        #   { dist = "uniform", min = 20, max = 30 }                 区间内每个值可能性相同
        #   { dist = "normal", mean = 50, sd = 10 }                  钟形曲线
        #   { dist = "lognormal", median = 80_000, sigma = 0.6 }     右偏：偶尔会比平常多很多
        #   { dist = "lognormal", p10 = 40_000, p90 = 160_000 }      同上，用十分之一的低值和十分之一的高值给出
        #   { dist = "gamma", shape = 2, scale = 10 }                右偏，平均值 = shape × scale
        #   { dist = "beta", alpha = 2, beta = 5 }                   0 到 1 之间的比例
        #   { dist = "empirical", values = [70_000, 90_000, 120_000], weights = [1, 2, 1] }
        #                                                            过去的实际结果，重新抽样（权重可选）

        [scenario]
        name = \(TOMLQuoting.basicString(name))
        trials = 100_000          # 模拟多少种可能的未来（越多数字越稳，但越慢）
        seed = 1                  # 同一种子得到同一结果；换一个种子可检查数字是否稳定
        sampling = "random"       # 抽样方法：随机抽样；或 "latin_hypercube"（拉丁超立方抽样）/ "sobol"（Sobol 序列）：同样的试验次数，期望利润更稳
        lang = "zh"               # 报告语言："zh" 中文，"en" 英文；命令行 --lang 优先

        [product]
        unit_price = 9.9          # 每售出一件实收的钱（扣除平台费用后），元
        unit_cost = 2.6           # 每生产一件的材料、人工和包装成本，元
        salvage_value = 1.0       # 季末每件剩货能回收的钱，元（处理要花钱时为负数）
        stock = 100_000           # 销售窗口开启前生产的件数

        [mold]
        # 模具的价钱，以及开模和调试要多少天。
        cost = { dist = "pert", min = 150_000, mode = 250_000, max = 800_000 }
        days = { dist = "uniform", min = 20, max = 30 }
        capacity_per_day = 20_000 # 模具投产后每天能生产的件数（不写：生产不占时间）

        [window]                  # 销售活动，例如双十一
        season_days = 30          # 销售季持续多少天
        peak_share = 0.4          # 开售当天占整季销量的比例，货晚到就损失掉

        # 每个 [cycles.名称] 是一种产品开发方式；它们在同样的未来中比较。
        # 名称可以随意取，中文也可以：[cycles."数据驱动"]。报告用 label 称呼一种开发方式：
        # 一个名称（label = "自主设计团队"），或每种语言一个（label = { en = …, zh = … }）。

        [cycles.traditional]      # 传统方式：几个月调研，然后开模
        label = { en = "Traditional development", zh = "传统开发" }
        commit_days_before_window = 100 # 工厂在销售窗口开启前多少天拍板
        research_days = { dist = "triangular", min = 30, mode = 45, max = 75 } # 设计、打样、反馈
        rework_probability = 0.35 # 开模后改款或试模失败的概率
        rework_days = { dist = "triangular", min = 5, mode = 10, max = 25 }          # 返工多花的天数
        rework_cost = { dist = "triangular", min = 20_000, mode = 50_000, max = 150_000 } # 返工多花的钱，元
        fixed_cost = 0            # 这种方式除模具外的其他花费，元
        # 需求：凭经验估计整季能卖出的件数范围：
        demand = { units = { dist = "lognormal", median = 80_000, sigma = 0.6 }, drift_per_30_days = 0.15 }
        # drift_per_30_days：从拍板那天起，市场偏离你当时所知情况的速度
        # （0.15 = 每月上下约 15 %）；判断越早，风险越大。

        [cycles.data_driven]      # 数据驱动：用平台需求数据，调研缩短到几天
        label = { en = "Data-driven development", zh = "数据驱动开发" }
        commit_days_before_window = 60
        fixed_cost = 20_000       # 数据服务和快速打样的费用
        research_days = { dist = "triangular", min = 4, mode = 7, max = 14 }
        mold_days = { dist = "uniform", min = 20, max = 30 } # 这种方式下的开模天数（不写：同 mold.days）
        rework_probability = 0.10
        rework_days = { dist = "triangular", min = 3, mode = 5, max = 10 }
        rework_cost = { dist = "triangular", min = 10_000, mode = 30_000, max = 80_000 }

        [cycles.data_driven.demand]
        # 来自平台信号的需求：活动期间商品的曝光次数，乘以测款链接显示的购买率（订单数 / 曝光数）。
        # 两者数的是同一件事：商品被展示的次数。活动曝光取平台对活动期间该商品曝光量的预测（平台的
        # 流量工具或你的客户经理），或用测款链接每天的曝光 × 活动天数 × 活动的流量倍数来估。
        # 不是访问商品页的人数：看到的人比点进来的多（购买率按曝光算）。
        event_impressions = { dist = "lognormal", median = 1_500_000, sigma = 0.25 } # 也可写作 visitors
        impressions = 20_000      # 测款链接的曝光次数
        orders = 1_100            # 测款链接的订单数
        prior_alpha = 1           # 测款前的看法，折算成假想的订单数（1 和 1：没有看法）
        prior_beta = 1            # ……以及假想的未成交数
        drift_per_30_days = 0.15

        [analysis]
        # 要比较的备货量（件）；不写则为 product.stock 的 25 % 到 150 %。
        stock_levels = [40_000, 60_000, 80_000, 100_000, 120_000, 150_000]
        # 决策在此范围内寻找最佳备货量（件，[最小, 最大]）；不写则为 product.stock 的 5 % 到 300 %。
        stock_range = [5_000, 300_000]

        [decision]
        max_loss_probability = 0.20 # 你能接受的最大亏损概率

        # 一起变动的输入（可选）：两个随机输入之间的 Spearman 秩相关，按键路径指定，
        # 各自的分布保持不变。
        # [[correlation]]
        # between = ["mold.cost", "cycles.traditional.research_days"]
        # rank = 0.6

        # 假设情景对比（可选，可写多个）：每个情景与基准用同样的随机种子和试验次数，并排报告，
        # 给出与基准之差及其 95 % 区间。`set` 里的键路径要加引号，与 --set 相同
        # （命令行：--variant '名称: 键=值; 键=值'）。
        # [[variant]]
        # name = "报价 28万"
        # set = { "mold.cost" = 280_000, "product.stock" = 80_000 }

        # 模具寿命：模具只付一次钱，却能用好几季（或产品返单）。不写 [life] 时，模具成本全部
        # 算在一季上。去掉 # 号即按模具寿命计算；结论随之按所有季的净现值（NPV）合计来判断。
        # [life]
        # seasons = 4             # 模具服务的销售季数，含本季（1 到 40）
        # demand_change = { dist = "lognormal", median = 0.85, sigma = 0.2 } # 每季需求 ÷ 上一季需求
        # restock = "last_sold"   # "last_sold"（默认）：按上一季的销量补货；"same"：每季按计划备货
        # maintenance_per_season = 5_000 # 从第 2 季起每季的维护费（元：保养、仓储、修模）
        # discount_per_season = 0.05     # 每季折现率：以后的钱比现在的钱少值多少（0 到 1）

        # 再做一次测款值多少钱（可选；EVPI 即任何信息最多值多少钱，总会报告）。
        # 去掉 # 号，即为这些曝光次数的测款定价。
        # [value_of_information]
        # listing_sizes = [2_000, 5_000, 20_000, 50_000]   # 可以再买的曝光次数
        # cost_per_impression = 0.05                       # 每次曝光的费用（元）

        """
    }
}
