/** Public surface of the course dataset engine. */
export * from "./claims";
export * from "./course-to-json";
export * from "./dates";
export * from "./disputes";
export * from "./issues";
export * from "./parse-course";
export * from "./quotes";
export * from "./types";
