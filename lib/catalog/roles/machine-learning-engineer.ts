import type { RoleDef } from "../types";

export const machineLearningEngineer: RoleDef = {
  slug: "machine-learning-engineer",
  title: "Machine Learning Engineer",
  industry: "technology",
  aliases: [
    "ML engineer",
    "MLE",
    "MLOps engineer",
    "Applied ML engineer",
    "Deep learning engineer",
    "Computer vision engineer",
  ],
  overview:
    "Machine learning engineers take models from experiment to production: they build training pipelines, feature pipelines and serving systems, and keep models accurate, fast and affordable once real traffic hits them. " +
    "Coding assistants now write much of the training loops, data loaders, serving wrappers and tests, and hyperparameter search and experiment tracking are largely automated. " +
    "The protected core is system design under latency and cost limits, deciding whether machine learning is the right answer at all, evaluating model risk before release, and squeezing performance out of GPUs and distributed jobs when nothing off the shelf fits. " +
    "The role sits close to software engineering in exposure, with an edge for engineers who combine modeling judgment with production ownership.",
  tasks: [
    {
      slug: "implement-training-pipelines",
      kind: "at_risk",
      title: "Implement model training pipelines",
      description:
        "Write the data loaders, training loops, checkpointing and evaluation steps that turn a chosen architecture into a repeatable training job.",
      importance: 0.15,
      exposure: 0.65,
      timeline: "1-2y",
      skills: [
        { skill: "python", weight: 3 },
        { skill: "pytorch", weight: 3 },
        { skill: "machine-learning", weight: 2 },
      ],
    },
    {
      slug: "run-tuning-experiments",
      kind: "at_risk",
      title: "Run tuning sweeps and track experiments",
      description:
        "Launch hyperparameter searches, log runs and pick the best configuration against the agreed offline metric.",
      importance: 0.09,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "mlflow", weight: 2 },
        { skill: "machine-learning", weight: 3 },
        { skill: "python", weight: 1 },
      ],
    },
    {
      slug: "build-serving-code",
      kind: "at_risk",
      title: "Wrap models in serving APIs and batch jobs",
      description:
        "Package a trained model behind a prediction API or a scheduled batch scoring job, with input validation, logging and containers.",
      importance: 0.1,
      exposure: 0.65,
      timeline: "1-2y",
      skills: [
        { skill: "model-deployment", weight: 3 },
        { skill: "docker", weight: 2 },
        { skill: "python", weight: 2 },
      ],
    },
    {
      slug: "build-feature-pipelines",
      kind: "at_risk",
      title: "Build feature pipelines",
      description:
        "Compute training and online features consistently from raw events and keep them in sync between offline training and live serving.",
      importance: 0.08,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "feature-engineering", weight: 3 },
        { skill: "apache-spark", weight: 2 },
        { skill: "sql", weight: 1 },
      ],
    },
    {
      slug: "write-ml-tests-docs",
      kind: "at_risk",
      title: "Write tests and model documentation",
      description:
        "Add unit and data tests around training and serving code and write model cards describing intended use, data and limits.",
      importance: 0.07,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "unit-testing", weight: 2 },
        { skill: "technical-writing", weight: 2 },
        { skill: "python", weight: 1 },
      ],
    },
    {
      slug: "triage-model-monitoring",
      kind: "at_risk",
      title: "Triage drift and performance alerts",
      description:
        "Investigate alerts on feature drift, prediction shifts and latency, and trigger or schedule retraining when the cause is routine.",
      importance: 0.07,
      exposure: 0.5,
      timeline: "3-5y",
      skills: [
        { skill: "model-monitoring", weight: 3 },
        { skill: "mlops", weight: 2 },
      ],
    },
    {
      slug: "design-ml-systems",
      kind: "safe",
      title: "Design end-to-end ML systems",
      description:
        "Decide how data, training, serving and feedback loops fit together, trading accuracy against latency, freshness and infrastructure cost.",
      importance: 0.12,
      exposure: 0.25,
      protectedBy: ["novel-design", "judgment"],
      skills: [
        { skill: "system-design", weight: 3 },
        { skill: "mlops", weight: 2 },
        { skill: "machine-learning", weight: 2 },
      ],
    },
    {
      slug: "choose-modeling-approach",
      kind: "safe",
      title: "Decide whether and how to use ML",
      description:
        "Judge whether a rule, a classic model, a fine-tuned network or a hosted LLM best fits the problem, the data available and the cost of being wrong.",
      importance: 0.09,
      exposure: 0.25,
      protectedBy: ["judgment"],
      skills: [
        { skill: "machine-learning", weight: 3 },
        { skill: "deep-learning", weight: 2 },
        { skill: "problem-solving", weight: 2 },
      ],
    },
    {
      slug: "evaluate-release-risk",
      kind: "safe",
      title: "Evaluate models before release",
      description:
        "Design offline and online evaluations, test for bias, robustness and failure modes, and sign off, or block, a model going to users.",
      importance: 0.09,
      exposure: 0.3,
      protectedBy: ["accountability", "ethics"],
      skills: [
        { skill: "model-evaluation", weight: 3 },
        { skill: "responsible-ai", weight: 2 },
        { skill: "ab-testing", weight: 2 },
      ],
    },
    {
      slug: "optimise-at-scale",
      kind: "safe",
      title: "Optimise training and inference at scale",
      description:
        "Make distributed training and low-latency inference work on real hardware through profiling, parallelism, quantisation and batching, where each system behaves differently.",
      importance: 0.07,
      exposure: 0.35,
      protectedBy: ["tacit-knowledge", "novel-design"],
      skills: [
        { skill: "model-optimization", weight: 3 },
        { skill: "distributed-training", weight: 2 },
        { skill: "gpu-computing", weight: 2 },
      ],
    },
    {
      slug: "coordinate-productionisation",
      kind: "safe",
      title: "Coordinate launches with product and platform teams",
      description:
        "Agree rollout plans, guardrails and ownership with product managers, data engineers and infrastructure teams, and answer for the model in production.",
      importance: 0.07,
      exposure: 0.2,
      protectedBy: ["stakeholders", "accountability"],
      skills: [
        { skill: "stakeholder-management", weight: 3 },
        { skill: "communication", weight: 2 },
      ],
    },
  ],
  tools: [
    {
      tool: "github-copilot",
      effect: "augments",
      tasks: ["implement-training-pipelines", "build-serving-code", "write-ml-tests-docs"],
      note: "Writes training loops, serving handlers and tests from comments and surrounding code.",
    },
    {
      tool: "cursor",
      effect: "augments",
      tasks: ["implement-training-pipelines", "build-feature-pipelines", "build-serving-code"],
      note: "Its agent makes coordinated changes across training, feature and serving code in one repository.",
    },
    {
      tool: "databricks-assistant",
      effect: "augments",
      tasks: ["build-feature-pipelines", "run-tuning-experiments"],
      note: "Generates feature code and MLflow experiment boilerplate inside the Databricks workspace.",
    },
    {
      tool: "claude",
      effect: "augments",
      tasks: ["write-ml-tests-docs", "triage-model-monitoring", "choose-modeling-approach"],
      note: "Drafts model cards, reads long monitoring logs and helps compare modeling options, with the engineer deciding.",
    },
    {
      tool: "datarobot",
      effect: "automates",
      tasks: ["run-tuning-experiments", "triage-model-monitoring"],
      note: "Automates model search and tuning and monitors deployed models for drift and accuracy decay.",
    },
  ],
  certifications: [
    "google-cloud-professional-ml-engineer",
    "aws-certified-ml-engineer-associate",
    "databricks-ml-professional",
    "azure-ai-engineer-associate",
  ],
  salary: {
    entry: { min: 110000, max: 145000, changePct: [-3, 4] },
    mid: { min: 145000, max: 195000, changePct: [0, 8] },
    senior: { min: 190000, max: 280000, changePct: [4, 12] },
    note: "Demand for engineers who can ship and run models, including LLM-based systems, still outpaces supply; assistants lower the value of pure implementation, so gains go to those with system design, evaluation and large-scale optimisation experience.",
  },
  adaptation: [
    {
      title: "Use coding agents for pipeline boilerplate",
      detail:
        "Have Copilot or Cursor draft data loaders, serving wrappers and tests, and keep your review effort on data correctness and reproducibility.",
      tasks: ["implement-training-pipelines", "build-serving-code", "write-ml-tests-docs"],
      skills: ["github-copilot", "cursor", "unit-testing"],
    },
    {
      title: "Own ML system design",
      detail:
        "Write the design document for your next model launch covering features, training cadence, serving path, latency budget, fallbacks and cost.",
      tasks: ["design-ml-systems", "coordinate-productionisation"],
      skills: ["system-design", "mlops"],
    },
    {
      title: "Build an evaluation practice",
      detail:
        "Create reusable evaluation suites with slice metrics, robustness checks and an online test plan, and make them a release gate.",
      tasks: ["evaluate-release-risk"],
      skills: ["responsible-ai", "ab-testing", "llm-evaluation"],
    },
    {
      title: "Add LLM and GPU performance depth",
      detail:
        "Learn fine-tuning, quantisation and serving frameworks for large models; few engineers can make them fast and cheap in production.",
      tasks: ["optimise-at-scale", "choose-modeling-approach"],
      skills: ["llm-fine-tuning", "llm-inference", "model-optimization"],
    },
  ],
  related: ["data-scientist", "ai-engineer", "data-engineer", "backend-developer", "devops-engineer"],
};
