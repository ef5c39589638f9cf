<?php
/**
 * Hooks the block and the shortcode into WordPress.
 *
 * @package Microcredential_Widgets
 */

namespace Microcredential_Widgets;

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The block `microcredential-widgets/finding` (dynamic: the post saves only
 * its attributes) and the shortcode `[microcredential finding="…" theme="…" locale="…"]`
 * render the same widget. Neither needs `unfiltered_html`: the post holds
 * only the block comment or the shortcode, which kses leaves alone.
 */
final class Plugin {

	/** Adds the hooks. */
	public static function start() {
		add_action( 'init', array( __CLASS__, 'register' ) );
		add_filter( 'script_loader_tag', array( Assets::class, 'module_tag' ), 10, 2 );
		add_filter( 'no_texturize_tags', array( __CLASS__, 'keep_widget_text' ) );
	}

	/** Registers the editor script, the block and the shortcode. */
	public static function register() {
		Assets::register_editor_script();
		register_block_type( dirname( PLUGIN_FILE ) . '/block.json', array( 'render_callback' => array( __CLASS__, 'render_block' ) ) );
		add_shortcode( 'microcredential', array( __CLASS__, 'render_shortcode' ) );
	}

	/**
	 * The block's markup.
	 *
	 * @param array $attributes The block's attributes.
	 * @return string
	 */
	public static function render_block( $attributes ) {
		$attributes = is_array( $attributes ) ? $attributes : array();
		$request    = new Widget_Request(
			isset( $attributes['finding'] ) ? $attributes['finding'] : '',
			isset( $attributes['theme'] ) ? $attributes['theme'] : '',
			isset( $attributes['locale'] ) ? $attributes['locale'] : ''
		);
		return Widget::render( $request, get_block_wrapper_attributes() );
	}

	/**
	 * The shortcode's markup.
	 *
	 * @param array|string $attributes The shortcode's attributes ('' when it has none).
	 * @return string
	 */
	public static function render_shortcode( $attributes ) {
		$attributes = shortcode_atts(
			array(
				'finding' => '',
				'theme'   => '',
				'locale'  => '',
			),
			$attributes,
			'microcredential'
		);
		return Widget::render( new Widget_Request( $attributes['finding'], $attributes['theme'], $attributes['locale'] ) );
	}

	/**
	 * WordPress curls quotes and dashes in post text; the widgets' text stays
	 * as prerendered, so it matches what the element draws when its script
	 * runs (and the layout does not shift).
	 *
	 * @param string[] $tags Elements whose text is left alone.
	 * @return string[]
	 */
	public static function keep_widget_text( $tags ) {
		return array_merge( (array) $tags, Prerendered::tags() );
	}
}
