// Roles of group tech-c: import each role file and list it here.
import type { RoleDef } from "../types";
import { dataAnalyst } from "./data-analyst";
import { dataEngineer } from "./data-engineer";
import { dataScientist } from "./data-scientist";
import { engineeringManager } from "./engineering-manager";
import { machineLearningEngineer } from "./machine-learning-engineer";
import { productManager } from "./product-manager";
import { technicalWriter } from "./technical-writer";
import { uxUiDesigner } from "./ux-ui-designer";

export const roles: RoleDef[] = [
  dataEngineer,
  dataScientist,
  dataAnalyst,
  machineLearningEngineer,
  uxUiDesigner,
  technicalWriter,
  productManager,
  engineeringManager,
];
