import type { RoleDef } from "../types";

export const embeddedSystemsEngineer: RoleDef = {
  slug: "embedded-systems-engineer",
  title: "Embedded Systems Engineer",
  industry: "technology",
  socCode: "15-1252",
  aliases: [
    "Embedded software engineer",
    "Embedded developer",
    "Firmware engineer",
    "Firmware developer",
    "Embedded C developer",
    "Embedded Linux engineer",
    "IoT engineer",
    "Microcontroller programmer",
  ],
  overview:
    "Embedded systems engineers write the software inside devices: firmware on microcontrollers, drivers, real-time operating systems and embedded Linux in cars, medical devices, industrial machines and consumer electronics. " +
    "Assistants now draft register-level driver code from datasheets, protocol handlers, unit tests and build configuration, which speeds up routine firmware work. " +
    "Most of the job stays anchored to the physical product: bringing up new boards, chasing timing faults with an oscilloscope and a debugger, fitting everything into kilobytes of memory and tight power budgets, and meeting safety standards where a failure can injure someone. " +
    "That makes it one of the least AI-exposed software roles.",
  tasks: [
    // ── At risk ────────────────────────────────────────────────
    {
      slug: "write-peripheral-drivers",
      kind: "at_risk",
      title: "Write peripheral drivers from datasheets",
      description:
        "Write initialisation and access code for timers, ADCs, GPIO, DMA and sensor chips from reference manuals and vendor HALs. Assistants draft this well, though every register value still needs checking on hardware.",
      importance: 0.1,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "c", weight: 3 },
        { skill: "microcontrollers", weight: 2 },
      ],
    },
    {
      slug: "implement-firmware-features",
      kind: "at_risk",
      title: "Implement routine firmware features",
      description:
        "Add state machines, configuration handling, command parsers and logging to existing firmware. Well-bounded features follow patterns assistants know.",
      importance: 0.1,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "c", weight: 2 },
        { skill: "cpp", weight: 2 },
        { skill: "rtos", weight: 1 },
      ],
    },
    {
      slug: "write-firmware-tests",
      kind: "at_risk",
      title: "Write unit tests and test scripts",
      description:
        "Write host-side unit tests with mocked hardware and Python scripts that drive test benches. Generation from the source code works well here.",
      importance: 0.07,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "unit-testing", weight: 2 },
        { skill: "python", weight: 2 },
      ],
    },
    {
      slug: "maintain-build-toolchain",
      kind: "at_risk",
      title: "Maintain build systems and toolchain configuration",
      description:
        "Keep CMake or Make files, linker scripts, compiler flags and CI builds for several targets working. Routine configuration that assistants handle increasingly well.",
      importance: 0.05,
      exposure: 0.6,
      timeline: "1-2y",
      skills: [
        { skill: "cmake", weight: 2 },
        { skill: "ci-cd", weight: 1 },
      ],
    },
    {
      slug: "implement-protocol-handling",
      kind: "at_risk",
      title: "Implement communication protocol handling",
      description:
        "Code framing, parsing and error handling for UART, SPI, I2C, CAN, Modbus or BLE messages from a specification. The standard parts are quick to generate; the timing edge cases are not.",
      importance: 0.06,
      exposure: 0.55,
      timeline: "1-2y",
      skills: [
        { skill: "embedded-protocols", weight: 3 },
        { skill: "c", weight: 2 },
      ],
    },
    {
      slug: "write-design-compliance-docs",
      kind: "at_risk",
      title: "Write design and compliance documentation",
      description:
        "Write software design descriptions, interface documents and traceability matrices required by customers and regulators. Models draft much of this from code and requirements.",
      importance: 0.05,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "technical-writing", weight: 3 },
        { skill: "requirements-analysis", weight: 1 },
      ],
    },
    {
      slug: "fix-static-analysis-findings",
      kind: "at_risk",
      title: "Fix coding-standard and static-analysis findings",
      description:
        "Work through MISRA C and static-analyser warnings and rewrite code to comply. Mechanical fixes that assistants propose reliably.",
      importance: 0.04,
      exposure: 0.7,
      timeline: "now",
      skills: [
        { skill: "misra-c", weight: 3 },
        { skill: "c", weight: 2 },
      ],
    },
    // ── Safe ───────────────────────────────────────────────────
    {
      slug: "bring-up-hardware",
      kind: "safe",
      title: "Bring up new boards with the hardware team",
      description:
        "Get first prototypes running: power sequencing, clocks, boot, memory and every peripheral, often finding board errors together with the electrical engineers.",
      importance: 0.1,
      exposure: 0.1,
      protectedBy: ["physical-presence", "tacit-knowledge"],
      skills: [
        { skill: "hardware-debugging", weight: 3 },
        { skill: "microcontrollers", weight: 2 },
      ],
    },
    {
      slug: "debug-on-hardware",
      kind: "safe",
      title: "Debug timing and hardware faults on the bench",
      description:
        "Chase intermittent faults, race conditions and interrupt timing problems with JTAG debuggers, logic analysers and oscilloscopes. The evidence is on the bench, not in the code.",
      importance: 0.1,
      exposure: 0.25,
      protectedBy: ["physical-presence", "tacit-knowledge"],
      skills: [
        { skill: "hardware-debugging", weight: 3 },
        { skill: "debugging", weight: 2 },
      ],
    },
    {
      slug: "design-real-time-architecture",
      kind: "safe",
      title: "Design real-time firmware architecture",
      description:
        "Choose between bare-metal loops and an RTOS, split work into tasks and interrupts, and fit it within memory, timing and power budgets that are fixed by the chosen chip.",
      importance: 0.1,
      exposure: 0.3,
      protectedBy: ["novel-design", "judgment"],
      skills: [
        { skill: "rtos", weight: 3 },
        { skill: "software-architecture", weight: 2 },
      ],
    },
    {
      slug: "meet-safety-security-standards",
      kind: "safe",
      title: "Meet functional-safety and security standards",
      description:
        "Apply ISO 26262, IEC 61508 or IEC 62304 processes, analyse failure modes and secure boot and updates. Engineers sign off on this work and are accountable for it.",
      importance: 0.08,
      exposure: 0.2,
      protectedBy: ["accountability", "ethics"],
      skills: [
        { skill: "functional-safety", weight: 3 },
        { skill: "embedded-security", weight: 2 },
      ],
    },
    {
      slug: "optimize-power",
      kind: "safe",
      title: "Optimise power consumption",
      description:
        "Measure current draw, use sleep modes and clock gating, and restructure firmware so battery devices last months or years.",
      importance: 0.06,
      exposure: 0.25,
      protectedBy: ["physical-presence", "tacit-knowledge"],
      skills: [
        { skill: "low-power-design", weight: 3 },
        { skill: "microcontrollers", weight: 2 },
      ],
    },
    {
      slug: "make-hw-sw-tradeoffs",
      kind: "safe",
      title: "Make hardware-software trade-offs with the product team",
      description:
        "Weigh chip choice, bill-of-materials cost and features against firmware effort and risk together with hardware, product and manufacturing.",
      importance: 0.05,
      exposure: 0.2,
      protectedBy: ["stakeholders", "judgment"],
      skills: [
        { skill: "systems-engineering", weight: 3 },
        { skill: "communication", weight: 2 },
      ],
    },
    {
      slug: "diagnose-field-failures",
      kind: "safe",
      title: "Diagnose field failures and plan safe updates",
      description:
        "Work out why devices fail in the field from logs and returned units, and plan over-the-air updates that cannot brick them.",
      importance: 0.04,
      exposure: 0.4,
      protectedBy: ["accountability", "tacit-knowledge"],
      skills: [
        { skill: "debugging", weight: 2 },
        { skill: "embedded-linux", weight: 1 },
        { skill: "embedded-security", weight: 1 },
      ],
    },
  ],
  tools: [
    {
      tool: "github-copilot",
      effect: "augments",
      tasks: [
        "write-peripheral-drivers",
        "implement-firmware-features",
        "write-firmware-tests",
        "maintain-build-toolchain",
      ],
      note: "Drafts driver, state-machine and test code in C and C++ inside VS Code or CLion; the output must be checked against the datasheet.",
    },
    {
      tool: "claude",
      effect: "augments",
      tasks: ["write-peripheral-drivers", "write-design-compliance-docs", "implement-protocol-handling"],
      note: "Reads long reference manuals and specifications pasted in, summarises register maps and protocol details, and drafts design documents.",
    },
    {
      tool: "jetbrains-ai-assistant",
      effect: "augments",
      tasks: ["fix-static-analysis-findings", "implement-firmware-features"],
      note: "In CLion, explains and rewrites code flagged by static analysis and generates CMake changes.",
    },
    {
      tool: "chatgpt",
      effect: "augments",
      tasks: ["write-design-compliance-docs", "write-firmware-tests"],
      note: "Drafts interface documents, traceability tables and test-bench scripts for review.",
    },
    {
      tool: "tabnine",
      effect: "augments",
      tasks: ["implement-firmware-features", "write-peripheral-drivers"],
      note: "Code completion that can run on-premises, often the only option where firmware source may not leave the company.",
    },
  ],
  certifications: ["cpp-institute-cla", "cpp-institute-cpa", "exida-cfse"],
  salary: {
    entry: { min: 75000, max: 100000, changePct: [0, 4] },
    mid: { min: 105000, max: 145000, changePct: [4, 9] },
    senior: { min: 145000, max: 200000, changePct: [6, 12] },
    note:
      "Demand from automotive, medical, defence and industrial IoT keeps embedded pay rising at every level, and entry-level roles are less squeezed than in web development because the work is tied to hardware. " +
      "Engineers with functional-safety, security or edge-AI experience earn the largest premiums.",
  },
  adaptation: [
    {
      title: "Earn functional-safety credentials",
      detail:
        "Work on a project under ISO 26262, IEC 61508 or IEC 62304, learn hazard analysis and safety cases, and pursue a recognised functional-safety certification.",
      tasks: ["meet-safety-security-standards"],
      skills: ["functional-safety", "misra-c"],
    },
    {
      title: "Add embedded security",
      detail:
        "Implement secure boot, signed over-the-air updates and key storage on a real device, and learn the EU Cyber Resilience Act and IEC 62443 requirements.",
      tasks: ["meet-safety-security-standards", "diagnose-field-failures"],
      skills: ["embedded-security", "embedded-linux"],
    },
    {
      title: "Learn edge AI",
      detail:
        "Deploy a small model to a microcontroller or embedded Linux board with TensorFlow Lite Micro or a vendor toolkit, and fit it in the memory and power budget.",
      tasks: ["design-real-time-architecture", "optimize-power"],
      skills: ["edge-ai", "low-power-design"],
    },
    {
      title: "Deepen bench and systems skills",
      detail:
        "Take the lead on the next board bring-up and hardware-software trade-off discussion; these are the hardest parts to replace.",
      tasks: ["bring-up-hardware", "debug-on-hardware", "make-hw-sw-tradeoffs"],
      skills: ["hardware-debugging", "systems-engineering"],
    },
    {
      title: "Use assistants for the routine C",
      detail:
        "Let assistants draft drivers, tests and documentation, then verify every register value and timing assumption on hardware. Pick tools your company allows for confidential code.",
      tasks: ["write-peripheral-drivers", "write-firmware-tests", "write-design-compliance-docs"],
      skills: ["github-copilot", "tabnine"],
    },
  ],
  related: ["game-developer", "backend-developer", "qa-engineer", "security-engineer", "network-engineer"],
};
