import type { RoleDef } from "../types";

export const mobileDeveloper: RoleDef = {
  slug: "mobile-developer",
  title: "Mobile App Developer",
  industry: "technology",
  socCode: "15-1252",
  aliases: [
    "Mobile developer",
    "Mobile engineer",
    "iOS developer",
    "iOS engineer",
    "Android developer",
    "Android engineer",
    "Flutter developer",
    "React Native developer",
    "Mobile application developer",
  ],
  overview:
    "Mobile developers build and ship apps for iPhone and Android, natively in Swift and Kotlin or across platforms with Flutter or React Native. " +
    "Screens in SwiftUI or Jetpack Compose, API clients and SDK integrations follow well-known patterns that coding assistants now write quickly, so that part of the job is shrinking. " +
    "What is harder to hand over is the work that depends on real devices and on the platforms' rules: performance, battery and memory on old phones, camera, Bluetooth and sensors, offline behaviour, app-store review and privacy requirements, and rolling out releases that cannot be taken back once installed. " +
    "Developers who own those areas, and the app's architecture, stay valuable.",
  tasks: [
    // ── At risk ────────────────────────────────────────────────
    {
      slug: "build-app-screens",
      kind: "at_risk",
      title: "Build app screens from designs",
      description:
        "Build screens, navigation and reusable views in SwiftUI, Jetpack Compose or Flutter from the designer's mock-ups. Assistants generate these declarative layouts well from a description or image.",
      importance: 0.15,
      exposure: 0.8,
      timeline: "now",
      skills: [
        { skill: "swiftui", weight: 2 },
        { skill: "jetpack-compose", weight: 2 },
        { skill: "flutter", weight: 1 },
      ],
    },
    {
      slug: "connect-app-to-apis",
      kind: "at_risk",
      title: "Write API clients and local caching",
      description:
        "Write networking code, decode responses into models and store data locally so screens load fast. Mostly standard code once the API is defined.",
      importance: 0.1,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "swift", weight: 2 },
        { skill: "kotlin", weight: 2 },
        { skill: "rest-api", weight: 1 },
      ],
    },
    {
      slug: "write-mobile-tests",
      kind: "at_risk",
      title: "Write unit and UI tests",
      description:
        "Cover view models and business logic with unit tests and key flows with XCUITest or Espresso tests. Generated from the code with modest review.",
      importance: 0.07,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "unit-testing", weight: 2 },
        { skill: "mobile-testing", weight: 2 },
      ],
    },
    {
      slug: "integrate-mobile-sdks",
      kind: "at_risk",
      title: "Integrate analytics, push, payments and other SDKs",
      description:
        "Add Firebase, push notifications, in-app purchases, maps or crash reporting by following vendor guides. Assistants know these integrations well.",
      importance: 0.06,
      exposure: 0.65,
      timeline: "now",
      skills: [
        { skill: "firebase", weight: 2 },
        { skill: "api-integration", weight: 2 },
      ],
    },
    {
      slug: "fix-crashes-routine-bugs",
      kind: "at_risk",
      title: "Fix crashes and routine bugs",
      description:
        "Work through crash reports and bug tickets, reproduce them and patch the cause. Crash tools increasingly point to the faulty line and suggest a fix.",
      importance: 0.08,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "debugging", weight: 3 },
        { skill: "swift", weight: 1 },
        { skill: "kotlin", weight: 1 },
      ],
    },
    {
      slug: "adapt-to-os-releases",
      kind: "at_risk",
      title: "Adapt the app to new OS versions and deprecations",
      description:
        "Update for each iOS and Android release: new permission rules, deprecated APIs, new target SDK levels. Agents handle much of the mechanical migration.",
      importance: 0.05,
      exposure: 0.65,
      timeline: "1-2y",
      skills: [
        { skill: "ios-development", weight: 2 },
        { skill: "android-development", weight: 2 },
      ],
    },
    {
      slug: "prepare-store-listings",
      kind: "at_risk",
      title: "Write release notes and store listings",
      description:
        "Write what's-new text, store descriptions and screenshot captions for each release and locale. Language models do this well.",
      importance: 0.03,
      exposure: 0.85,
      timeline: "now",
      skills: [
        { skill: "technical-writing", weight: 2 },
        { skill: "app-store-publishing", weight: 1 },
      ],
    },
    // ── Safe ───────────────────────────────────────────────────
    {
      slug: "design-app-architecture",
      kind: "safe",
      title: "Design the app's architecture and offline behaviour",
      description:
        "Decide how state, navigation, modules and data synchronisation work, including what happens offline and when two devices edit the same data.",
      importance: 0.1,
      exposure: 0.3,
      protectedBy: ["novel-design", "judgment"],
      skills: [
        { skill: "mobile-architecture", weight: 3 },
        { skill: "system-design", weight: 2 },
      ],
    },
    {
      slug: "tune-device-performance",
      kind: "safe",
      title: "Tune performance, memory and battery on real devices",
      description:
        "Profile the app on low-end and older devices, fix dropped frames, memory pressure, slow start-up and battery drain. It takes physical devices and instruments, not just code.",
      importance: 0.08,
      exposure: 0.25,
      protectedBy: ["physical-presence", "tacit-knowledge"],
      skills: [
        { skill: "performance-optimization", weight: 3 },
        { skill: "ios-development", weight: 1 },
        { skill: "android-development", weight: 1 },
      ],
    },
    {
      slug: "get-platform-feel-right",
      kind: "safe",
      title: "Make the app feel native on each platform",
      description:
        "Apply each platform's conventions for gestures, navigation, haptics and accessibility so the app feels right to iPhone and Android users, and argue for them with design.",
      importance: 0.07,
      exposure: 0.3,
      protectedBy: ["judgment", "stakeholders"],
      skills: [
        { skill: "mobile-ui-design", weight: 3 },
        { skill: "communication", weight: 1 },
      ],
    },
    {
      slug: "handle-store-review-privacy",
      kind: "safe",
      title: "Pass store review and meet privacy rules",
      description:
        "Keep the app within App Store and Google Play policies, privacy labels, tracking consent and data-deletion rules, and resolve rejections with the reviewers.",
      importance: 0.06,
      exposure: 0.25,
      protectedBy: ["accountability", "ethics"],
      skills: [
        { skill: "app-store-publishing", weight: 3 },
        { skill: "data-privacy", weight: 2 },
      ],
    },
    {
      slug: "manage-releases-rollouts",
      kind: "safe",
      title: "Plan staged rollouts and recover from bad releases",
      description:
        "Release through phased rollouts and feature flags, watch crash-free rates and decide when to halt, because a shipped binary stays on users' phones.",
      importance: 0.06,
      exposure: 0.3,
      protectedBy: ["accountability", "judgment"],
      skills: [
        { skill: "release-management", weight: 3 },
        { skill: "ci-cd", weight: 1 },
      ],
    },
    {
      slug: "work-with-device-hardware",
      kind: "safe",
      title: "Build features on camera, sensors and Bluetooth",
      description:
        "Implement features that use the camera, location, health sensors or Bluetooth accessories and test them on physical hardware in real conditions.",
      importance: 0.09,
      exposure: 0.25,
      protectedBy: ["physical-presence", "tacit-knowledge"],
      skills: [
        { skill: "ios-development", weight: 2 },
        { skill: "android-development", weight: 2 },
        { skill: "bluetooth-low-energy", weight: 1 },
      ],
    },
  ],
  tools: [
    {
      tool: "github-copilot",
      effect: "automates",
      tasks: ["build-app-screens", "connect-app-to-apis", "write-mobile-tests"],
      note: "Writes SwiftUI and Compose views, networking code and tests inline in Xcode, Android Studio or VS Code.",
    },
    {
      tool: "cursor",
      effect: "augments",
      tasks: ["build-app-screens", "adapt-to-os-releases", "integrate-mobile-sdks"],
      note: "Cross-file edits speed up SDK integrations and API migrations, especially in Flutter and React Native code.",
    },
    {
      tool: "gemini-code-assist",
      effect: "augments",
      tasks: ["build-app-screens", "fix-crashes-routine-bugs", "adapt-to-os-releases"],
      note: "Gemini in Android Studio explains crashes, writes Compose code and helps with Android API upgrades.",
    },
    {
      tool: "sentry-seer",
      effect: "augments",
      tasks: ["fix-crashes-routine-bugs", "manage-releases-rollouts"],
      note: "Analyses mobile crashes per release and suggests the fix, helping decide whether to halt a rollout.",
    },
    {
      tool: "chatgpt",
      effect: "automates",
      tasks: ["prepare-store-listings"],
      note: "Drafts release notes and store descriptions, and translates them for each locale.",
    },
  ],
  certifications: [
    "meta-ios-developer",
    "meta-android-developer",
    "apple-app-development-with-swift-certified-user",
    "aws-certified-developer-associate",
  ],
  salary: {
    entry: { min: 70000, max: 95000, changePct: [-6, 0] },
    mid: { min: 105000, max: 145000, changePct: [2, 8] },
    senior: { min: 145000, max: 205000, changePct: [6, 12] },
    note:
      "Senior native developers with performance, hardware and release experience keep rising in pay; junior roles building screens face the most pressure as generators and cross-platform frameworks cut the work. " +
      "Developers who add on-device AI features and use AI tools fluently earn a premium.",
  },
  adaptation: [
    {
      title: "Go deep on performance and device capabilities",
      detail:
        "Use Instruments and Android Studio profilers on a real low-end device, fix the top start-up and rendering problems, and build one feature on camera, sensors or Bluetooth.",
      tasks: ["tune-device-performance", "work-with-device-hardware"],
      skills: ["performance-optimization", "bluetooth-low-energy"],
    },
    {
      title: "Own the app's architecture",
      detail:
        "Lead a modularisation or an offline-first redesign: define modules, data flow and sync rules and write them up for the team.",
      tasks: ["design-app-architecture"],
      skills: ["mobile-architecture", "system-design"],
    },
    {
      title: "Own releases and store compliance",
      detail:
        "Run the release train: staged rollouts, crash-rate gates, privacy labels and review responses. Few developers take this on, and mistakes are costly.",
      tasks: ["manage-releases-rollouts", "handle-store-review-privacy"],
      skills: ["release-management", "app-store-publishing", "data-privacy"],
    },
    {
      title: "Add on-device and cloud AI features",
      detail:
        "Build a feature on Apple's Foundation Models framework, Core ML or Gemini Nano, or on a cloud model API with streaming, and handle privacy and offline fallbacks.",
      tasks: ["design-app-architecture", "work-with-device-hardware"],
      skills: ["llm-application-development", "ios-development", "android-development"],
    },
    {
      title: "Let assistants write the screens",
      detail:
        "Generate views, API clients and tests with Copilot or Gemini in Android Studio, then review them against platform conventions and accessibility. Spend the saved time on the safe work above.",
      tasks: ["build-app-screens", "connect-app-to-apis", "write-mobile-tests"],
      skills: ["github-copilot", "gemini-code-assist"],
    },
  ],
  related: ["frontend-developer", "full-stack-developer", "game-developer", "qa-engineer", "ux-ui-designer"],
};
