// Roles of group biz-b: import each role file and list it here.
import type { RoleDef } from "../types";
import { marketingManager } from "./marketing-manager";
import { copywriter } from "./copywriter";
import { graphicDesigner } from "./graphic-designer";
import { customerServiceRepresentative } from "./customer-service-representative";
import { salesRepresentative } from "./sales-representative";
import { highSchoolTeacher } from "./high-school-teacher";
import { hrSpecialist } from "./hr-specialist";
import { trainingSpecialist } from "./training-specialist";
import { electrician } from "./electrician";
import { plumber } from "./plumber";

export const roles: RoleDef[] = [
  marketingManager,
  copywriter,
  graphicDesigner,
  customerServiceRepresentative,
  salesRepresentative,
  highSchoolTeacher,
  hrSpecialist,
  trainingSpecialist,
  electrician,
  plumber,
];
