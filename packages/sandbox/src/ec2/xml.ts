import { XMLBuilder } from 'fast-xml-parser';
import type { Ec2Error } from './ec2-error.js';
import type { XmlFragment } from './xml-fragment.js';
import { documentXml } from './xml-writer.js';

export type XmlValue =
  | string
  | number
  | boolean
  | undefined
  | XmlFragment
  | XmlNode
  | readonly (XmlNode | XmlFragment)[];

export interface XmlNode {
  [element: string]: XmlValue;
}

export const EC2_NAMESPACE = 'http://ec2.amazonaws.com/doc/2016-11-15/';

const declaration = { '@_version': '1.0', '@_encoding': 'UTF-8' };

const builder = new XMLBuilder({ ignoreAttributes: false, attributeNamePrefix: '@_' });

/** EC2 wraps every list in a set element whose entries are all named `item`. */
export function itemSet(entries: readonly (XmlNode | XmlFragment)[]): XmlNode {
  return { item: entries };
}

/**
 * Answers are written by the XML writer, which gives the builder's bytes for them at a
 * fraction of its cost and takes pre-rendered fragments. Errors are small and rare, so
 * they stay with the builder.
 */
export function responseXml(action: string, requestId: string, body: XmlNode): string {
  return documentXml(`${action}Response`, ` xmlns="${EC2_NAMESPACE}"`, {
    requestId,
    ...body,
  });
}

export function errorXml(error: Ec2Error, requestId: string): string {
  return builder.build({
    '?xml': declaration,
    Response: {
      Errors: { Error: { Code: error.code, Message: error.message } },
      RequestID: requestId,
    },
  });
}
