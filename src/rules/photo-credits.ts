/**
 * Photo credit lines: a short paragraph of its own that credits a picture, `Dana Voss via Getty Images.`,
 * `Ken Ito/Reuters`, `Photograph: Lea Marsh/AP`. The names in it are the photographer's, page furniture, never an
 * antecedent nor a sentence's subject (src/pipeline/entities.ts, captionTest).
 */
/** Picture agencies a credit ends with, after `via` or a slash. */
export const PHOTO_AGENCIES = [
  'Getty Images', 'Getty', 'AP', 'AP Photo', 'Associated Press', 'Reuters', 'AFP', 'EPA', 'Shutterstock',
  'Bloomberg', 'Alamy', 'PA', 'PA Images', 'PA Wire', 'Rex', 'Rex Features', 'Corbis', 'NurPhoto', 'Sipa',
  'ZUMA Press', 'Polaris', 'Redux', 'Xinhua', 'Pool',
] as const;

/** Labels a credit line opens with. */
export const PHOTO_LABELS = ['Photo', 'Photograph', 'Photos', 'Picture', 'Image', 'Credit', 'Photo credit'] as const;
