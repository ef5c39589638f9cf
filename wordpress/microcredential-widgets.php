<?php
/**
 * Plugin Name:       Microcredential Widgets
 * Description:       What Coursera's micro-credential surveys found, as accessible widgets: a block and a [microcredential] shortcode that every author can use, readable without JavaScript, in feeds and by search engines.
 * Version:           0.1.0
 * Requires at least: 6.1
 * Requires PHP:      7.4
 * Author:            The microcredential-widgets authors
 * License:           MIT
 * License URI:       https://opensource.org/licenses/MIT
 * Text Domain:       microcredential-widgets
 *
 * MIT is compatible with the GNU GPL (version 2 or later), WordPress's licence.
 *
 * @package Microcredential_Widgets
 */

namespace Microcredential_Widgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

const PLUGIN_FILE = __FILE__;

require_once __DIR__ . '/includes/class-prerendered.php';
require_once __DIR__ . '/includes/class-widget-request.php';
require_once __DIR__ . '/includes/class-widget.php';
require_once __DIR__ . '/includes/class-assets.php';
require_once __DIR__ . '/includes/class-plugin.php';

Plugin::start();
